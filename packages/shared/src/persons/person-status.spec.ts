import type { ImpreciseDate } from '../dates';
import {
  type DetentionFact,
  derivePersonStatus,
  type PersonStatusFacts,
  type SentenceFact,
} from './person-status';

const day = (value: string): ImpreciseDate => ({ value, precision: 'day' });
const month = (value: string): ImpreciseDate => ({ value, precision: 'month' });
const year = (value: string): ImpreciseDate => ({ value, precision: 'year' });

const facts = (f: Partial<PersonStatusFacts>): PersonStatusFacts => ({
  detentionPeriods: [],
  sentences: [],
  statusOverride: null,
  ...f,
});
const period = (f: Partial<DetentionFact> & Pick<DetentionFact, 'kind'>): DetentionFact => ({
  id: 'period',
  startedOn: null,
  endedOn: null,
  ...f,
});
const sentence = (f: Partial<SentenceFact> & Pick<SentenceFact, 'kind'>): SentenceFact => ({
  id: 'sentence',
  verdictOn: null,
  startedOn: null,
  term: { years: 0, months: 0, days: 0 },
  actualReleaseOn: null,
  ...f,
});

// Roughly the Zhanaozen pattern: arrested after the December 2011 events, convicted in 2012.
const pretrial = period({
  id: 'pretrial',
  kind: 'pretrial_detention',
  startedOn: day('2011-12-17'),
  endedOn: day('2012-06-04'),
});
const prisonTerm = sentence({
  id: 'term',
  kind: 'imprisonment',
  verdictOn: day('2012-06-04'),
  startedOn: day('2011-12-17'),
  term: { years: 7, months: 0, days: 0 },
});

describe(derivePersonStatus.name, () => {
  it('says pretrial_detention while an open pretrial detention period runs', () => {
    const open = period({ id: 'p', kind: 'pretrial_detention', startedOn: day('2011-12-17') });
    const result = derivePersonStatus(facts({ detentionPeriods: [open] }), '2012-03-01');
    expect(result.status).toBe('pretrial_detention');
    expect(result.basis).toMatchObject({
      source: 'detention_period',
      recordId: 'p',
      since: day('2011-12-17'),
    });
  });

  it('says at_large before the first detention and counts the start day itself as detained', () => {
    const open = period({ kind: 'pretrial_detention', startedOn: day('2011-12-17') });
    expect(derivePersonStatus(facts({ detentionPeriods: [open] }), '2011-12-16').status).toBe('at_large');
    expect(derivePersonStatus(facts({ detentionPeriods: [open] }), '2011-12-17').status).toBe(
      'pretrial_detention',
    );
  });

  it('says imprisoned after a verdict of imprisonment, with the expected end as basis', () => {
    const result = derivePersonStatus(
      facts({ detentionPeriods: [pretrial], sentences: [prisonTerm] }),
      '2013-01-10',
    );
    expect(result.status).toBe('imprisoned');
    expect(result.basis).toMatchObject({
      source: 'sentence',
      recordId: 'term',
      since: day('2011-12-17'),
      until: day('2018-12-17'),
      presumed: true,
    });
  });

  it('says imprisoned while still held in pretrial detention after the verdict', () => {
    const stillInSizo = period({ kind: 'pretrial_detention', startedOn: day('2011-12-17') });
    const result = derivePersonStatus(
      facts({ detentionPeriods: [stillInSizo], sentences: [prisonTerm] }),
      '2012-07-01',
    );
    expect(result.status).toBe('imprisoned');
  });

  it('says imprisoned in a colony period', () => {
    const colony = period({ id: 'colony', kind: 'prison_colony', startedOn: month('2012-08-01') });
    const result = derivePersonStatus(facts({ detentionPeriods: [pretrial, colony] }), '2012-08-01');
    expect(result.status).toBe('imprisoned');
    expect(result.basis.recordId).toBe('colony');
  });

  it('says probation while a probation or suspended sentence runs, at_large once it is over', () => {
    const suspended = sentence({
      kind: 'suspended',
      verdictOn: day('2012-06-04'),
      term: { years: 3, months: 0, days: 0 },
      startedOn: day('2012-06-04'),
    });
    const f = facts({ detentionPeriods: [pretrial], sentences: [suspended] });
    expect(derivePersonStatus(f, '2013-01-01').status).toBe('probation');
    expect(derivePersonStatus(f, '2013-01-01').basis).toMatchObject({
      source: 'sentence',
      until: day('2015-06-04'),
    });
    // The pretrial detention ended at the verdict: after the probation term the person is "released".
    expect(derivePersonStatus(f, '2016-01-01').status).toBe('released');
  });

  it('counts a probation sentence without a start from its verdict', () => {
    const probation = sentence({ kind: 'probation', verdictOn: day('2012-06-04') });
    expect(derivePersonStatus(facts({ sentences: [probation] }), '2012-06-03').status).toBe('at_large');
    expect(derivePersonStatus(facts({ sentences: [probation] }), '2020-01-01').status).toBe('probation');
  });

  it('says released after the actual release, since that day', () => {
    const released = { ...prisonTerm, actualReleaseOn: day('2016-08-15') };
    const f = facts({ detentionPeriods: [pretrial], sentences: [released] });
    expect(derivePersonStatus(f, '2016-08-15').status).toBe('imprisoned');
    const after = derivePersonStatus(f, '2016-08-16');
    expect(after.status).toBe('released');
    expect(after.basis).toMatchObject({
      source: 'custody_ended',
      recordId: 'term',
      since: day('2016-08-15'),
      presumed: false,
    });
  });

  it('presumes release once the expected end has passed with no release recorded', () => {
    const result = derivePersonStatus(
      facts({ detentionPeriods: [pretrial], sentences: [prisonTerm] }),
      '2019-01-01',
    );
    expect(result.status).toBe('released');
    expect(result.basis).toMatchObject({ since: day('2018-12-17'), presumed: true });
  });

  it('treats the end of a colony period (parole, pardon) as the end of the custody it belongs to', () => {
    const colony = period({
      id: 'colony',
      kind: 'prison_colony',
      startedOn: day('2012-08-01'),
      endedOn: day('2016-10-14'),
    });
    const f = facts({ detentionPeriods: [pretrial, colony], sentences: [prisonTerm] });
    expect(derivePersonStatus(f, '2016-10-14').status).toBe('imprisoned');
    expect(derivePersonStatus(f, '2017-01-01')).toMatchObject({
      status: 'released',
      basis: { recordId: 'colony', since: day('2016-10-14') },
    });
    // Still released from the colony, not "presumed released" at the expected end.
    expect(derivePersonStatus(f, '2020-01-01').basis).toMatchObject({ recordId: 'colony', presumed: false });
  });

  it('keeps a person imprisoned across a transfer between colonies', () => {
    const first = period({ kind: 'prison_colony', startedOn: day('2012-08-01'), endedOn: day('2013-05-01') });
    const second = period({ id: 'second', kind: 'prison_colony', startedOn: day('2013-05-01') });
    const f = facts({ detentionPeriods: [first, second], sentences: [prisonTerm] });
    expect(derivePersonStatus(f, '2013-05-01').basis.recordId).toBe('second');
    expect(derivePersonStatus(f, '2014-01-01').status).toBe('imprisoned');
  });

  it('says house_arrest during house arrest', () => {
    const house = period({ kind: 'house_arrest', startedOn: day('2012-01-10'), endedOn: day('2012-03-10') });
    const f = facts({ detentionPeriods: [house] });
    expect(derivePersonStatus(f, '2012-02-01').status).toBe('house_arrest');
    expect(derivePersonStatus(f, '2012-03-11').status).toBe('released');
  });

  it('says detained during an administrative arrest or temporary detention', () => {
    const arrest = period({
      kind: 'administrative_arrest',
      startedOn: day('2011-12-16'),
      endedOn: day('2011-12-31'),
    });
    expect(derivePersonStatus(facts({ detentionPeriods: [arrest] }), '2011-12-20').status).toBe('detained');
  });

  it('lets an override (deceased, exiled) win from its date, and not before', () => {
    const f = facts({
      detentionPeriods: [pretrial],
      sentences: [prisonTerm],
      statusOverride: { status: 'deceased', since: day('2014-02-01') },
    });
    expect(derivePersonStatus(f, '2014-01-31').status).toBe('imprisoned');
    expect(derivePersonStatus(f, '2014-02-01')).toEqual({
      status: 'deceased',
      basis: {
        source: 'override',
        recordId: null,
        kind: null,
        since: day('2014-02-01'),
        until: null,
        presumed: false,
      },
    });
    const exiled = facts({ statusOverride: { status: 'exiled', since: null } });
    expect(derivePersonStatus(exiled, '2000-01-01').status).toBe('exiled');
  });

  it('applies an imprecise override from the first day of its period', () => {
    const f = facts({ statusOverride: { status: 'exiled', since: year('2015-01-01') } });
    expect(derivePersonStatus(f, '2014-12-31').status).toBe('unknown');
    expect(derivePersonStatus(f, '2015-01-01').status).toBe('exiled');
  });

  it('says unknown when nothing is known, and at_large when only non-custodial facts are', () => {
    expect(derivePersonStatus(facts({}), '2020-01-01')).toEqual({
      status: 'unknown',
      basis: { source: 'no_facts', recordId: null, kind: null, since: null, until: null, presumed: false },
    });
    const fine = sentence({ kind: 'fine', verdictOn: day('2012-06-04') });
    expect(derivePersonStatus(facts({ sentences: [fine] }), '2020-01-01').status).toBe('at_large');
  });

  it('treats an imprecise start as its first day and an imprecise end as its last day', () => {
    const p = period({
      kind: 'pretrial_detention',
      startedOn: month('2011-12-01'),
      endedOn: month('2012-06-01'),
    });
    const f = facts({ detentionPeriods: [p] });
    expect(derivePersonStatus(f, '2011-11-30').status).toBe('at_large');
    expect(derivePersonStatus(f, '2011-12-01').status).toBe('pretrial_detention');
    expect(derivePersonStatus(f, '2012-06-30').status).toBe('pretrial_detention');
    expect(derivePersonStatus(f, '2012-07-01').status).toBe('released');
  });

  it('counts an open period with an unknown start as detention at any date', () => {
    const p = period({ kind: 'temporary_detention' });
    expect(derivePersonStatus(facts({ detentionPeriods: [p] }), '1999-01-01').status).toBe('detained');
  });

  it('ignores a superseded sentence', () => {
    const old = { ...prisonTerm, superseded: true };
    const replaced = { ...prisonTerm, id: 'new', term: { years: 4, months: 0, days: 0 } };
    const f = facts({ detentionPeriods: [pretrial], sentences: [old, replaced] });
    expect(derivePersonStatus(f, '2016-01-01').status).toBe('released');
    expect(derivePersonStatus(f, '2016-01-01').basis).toMatchObject({
      recordId: 'new',
      since: day('2015-12-17'),
    });
  });

  it('answers "who was in detention on 2012-06-01" for a past date', () => {
    const released = { ...prisonTerm, actualReleaseOn: day('2016-08-15') };
    const f = facts({ detentionPeriods: [pretrial], sentences: [released] });
    expect(derivePersonStatus(f, '2012-06-01').status).toBe('pretrial_detention');
  });
});
