/**
 * A person's status (at_large, pretrial_detention, imprisoned...) is DERIVED from the facts of the
 * case file, never typed: detention periods, sentences and, for what those cannot express (exile,
 * disappearance, death), the person's status override. `derivePersonStatus(facts, onDate)` answers
 * both "what is the status now" (onDate = today) and "who was in detention on 2012-06-01".
 *
 * The same rules exist in SQL as `person_status_on(person_id, on_date, levels)` (migration
 * 20261128213000_person_status) so lists can filter by status and still paginate; an integration
 * test checks that both agree. Change one, change the other.
 *
 * Rules, in order (all dates inclusive; an imprecise START counts from the first day of its period,
 * an imprecise END lasts until the last day of its period: "released December 2016" is still in
 * custody on 2016-12-31, "arrested December 2011" is in custody from 2011-12-01):
 *
 * 1. A status override applies from its date (from always, when undated). It wins over everything.
 * 2. A detention period covering the date (unknown start = since ever, unknown end = still going).
 *    If several overlap (a transfer entered with the same day twice), the one that started last
 *    wins; on the same start day the more severe kind. prison / prison_colony -> imprisoned;
 *    house_arrest -> house_arrest; pretrial_detention -> pretrial_detention, or imprisoned when a
 *    sentence of imprisonment is already running (convicted, waiting in the pretrial centre);
 *    temporary_detention likewise -> detained or imprisoned; administrative_arrest and
 *    psychiatric -> detained.
 * 3. A sentence of imprisonment running on the date -> imprisoned. It runs from its start (or its
 *    verdict when no start is recorded) to its actual release, else its expected end (start +
 *    term), else indefinitely. It stops early when a prison / prison_colony period that ended after
 *    the sentence began has ended before the date and nothing is running (release on parole or a
 *    pardon recorded only on the detention period).
 * 4. A probation / suspended / restricted-freedom sentence running on the date -> probation.
 *    Fines and `other` sentences do not change the status. Superseded sentences are ignored.
 * 5. Custody (a detention period or a sentence of imprisonment) that ended before the date ->
 *    released, since the latest such end (`presumed` when that end is only an expected term end).
 * 6. Some fact exists but none of the above (all in the future, or only a fine) -> at_large.
 * 7. No fact at all -> `unknown`: an empty case file must not claim that a person is free.
 */
import { z } from 'zod';
import type { IsoDate, Term } from '../dates/calendar';
import { type ImpreciseDate, ImpreciseDateSchema, impreciseDateRange } from '../dates/imprecise-date';
import { expectedSentenceEnd } from '../proceedings/derived';

export const PersonStatusSchema = z.enum([
  'at_large',
  'detained',
  'pretrial_detention',
  'house_arrest',
  'imprisoned',
  'probation',
  'released',
  'exiled',
  'disappeared',
  'deceased',
  'unknown',
]);
export type PersonStatus = z.infer<typeof PersonStatusSchema>;

/** Kinds of detention period; values match the database enum `detention_kind`. */
export const DetentionKindSchema = z.enum([
  'administrative_arrest',
  'pretrial_detention',
  'house_arrest',
  'temporary_detention',
  'prison_colony',
  'prison',
  'psychiatric',
]);
export type DetentionKind = z.infer<typeof DetentionKindSchema>;

/** Sentence kinds as the status rules see them (database enum `sentence_kind`). */
export type StatusSentenceKind =
  | 'imprisonment'
  | 'probation'
  | 'restricted_freedom'
  | 'fine'
  | 'suspended'
  | 'other';

export interface DetentionFact {
  id?: string;
  kind: DetentionKind;
  startedOn: ImpreciseDate | null;
  endedOn: ImpreciseDate | null;
}

export interface SentenceFact {
  id?: string;
  kind: StatusSentenceKind;
  verdictOn: ImpreciseDate | null;
  startedOn: ImpreciseDate | null;
  term: Term;
  actualReleaseOn: ImpreciseDate | null;
  /** A later (visible, not deleted) sentence replaces this one: it no longer counts. */
  superseded?: boolean;
}

export interface PersonStatusFacts {
  detentionPeriods: readonly DetentionFact[];
  sentences: readonly SentenceFact[];
  statusOverride: { status: PersonStatus; since: ImpreciseDate | null } | null;
}

/** Which fact the status rests on, so a case worker can check it. */
export const PersonStatusBasisSchema = z.object({
  source: z.enum(['override', 'detention_period', 'sentence', 'custody_ended', 'no_custody', 'no_facts']),
  /** The detention period or sentence the status comes from (null for override / none). */
  recordId: z.string().nullable(),
  /** Kind of that detention period or sentence. */
  kind: z.string().nullable(),
  since: ImpreciseDateSchema.nullable(),
  /** Known or expected end of the current situation. */
  until: ImpreciseDateSchema.nullable(),
  /** True when `until` (or, for custody_ended, the release) is only an expected term end, not a recorded release. */
  presumed: z.boolean(),
});
export type PersonStatusBasis = z.infer<typeof PersonStatusBasisSchema>;

export interface DerivedPersonStatus {
  status: PersonStatus;
  basis: PersonStatusBasis;
}

const firstDay = (d: ImpreciseDate): IsoDate => d.value;
const lastDay = (d: ImpreciseDate): IsoDate => impreciseDateRange(d).to;

/** On the same start day, the more severe kind wins (also in SQL: detention_kind_rank). */
const DETENTION_RANK: Record<DetentionKind, number> = {
  prison: 1,
  prison_colony: 1,
  pretrial_detention: 2,
  temporary_detention: 3,
  administrative_arrest: 4,
  psychiatric: 5,
  house_arrest: 6,
};

const NON_CUSTODIAL: ReadonlySet<StatusSentenceKind> = new Set([
  'probation',
  'suspended',
  'restricted_freedom',
]);
const PRISON_KINDS: ReadonlySet<DetentionKind> = new Set(['prison', 'prison_colony']);

interface SentenceSpan {
  fact: SentenceFact;
  /** First day in force: the later of start and verdict; null = unknown. */
  start: IsoDate | null;
  /** Last day under the sentence, null = open-ended. */
  end: IsoDate | null;
  until: ImpreciseDate | null;
  presumed: boolean;
}

function sentenceSpan(fact: SentenceFact): SentenceSpan {
  // A sentence is in force from its verdict, even when its term is credited from an earlier start.
  const starts = [fact.startedOn, fact.verdictOn].filter((d) => d !== null).map(firstDay);
  const expected = expectedSentenceEnd(fact.startedOn, fact.term);
  const until = fact.actualReleaseOn ?? expected;
  return {
    fact,
    // ISO dates sort as strings: the last one is the later day.
    start: starts.sort().at(-1) ?? null,
    end: until ? lastDay(until) : null,
    until,
    presumed: !fact.actualReleaseOn && expected !== null,
  };
}

const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const covers = (start: IsoDate | null, end: IsoDate | null, on: IsoDate) =>
  (start === null || start <= on) && (end === null || on <= end);

const basis = (b: Partial<PersonStatusBasis> & Pick<PersonStatusBasis, 'source'>): PersonStatusBasis => ({
  recordId: null,
  kind: null,
  since: null,
  until: null,
  presumed: false,
  ...b,
});

/** The status of a person on `onDate` ('YYYY-MM-DD'), with the fact it rests on. See the module comment. */
export function derivePersonStatus(facts: PersonStatusFacts, onDate: IsoDate): DerivedPersonStatus {
  // 1. Override from its date.
  const override = facts.statusOverride;
  if (override && (override.since === null || firstDay(override.since) <= onDate)) {
    return { status: override.status, basis: basis({ source: 'override', since: override.since }) };
  }

  const periods = facts.detentionPeriods.map((p) => ({
    fact: p,
    start: p.startedOn ? firstDay(p.startedOn) : null,
    end: p.endedOn ? lastDay(p.endedOn) : null,
  }));
  const sentences = facts.sentences.filter((s) => !s.superseded).map(sentenceSpan);

  // A prison / colony period that ended before the date, after the sentence began, ends its custody.
  const cutShortAt = (s: SentenceSpan): IsoDate | null => {
    let cut: IsoDate | null = null;
    for (const p of periods) {
      if (!PRISON_KINDS.has(p.fact.kind) || p.end === null || p.end >= onDate) continue;
      if (s.start !== null && p.end < s.start) continue;
      if (cut === null || p.end > cut) cut = p.end;
    }
    return cut;
  };
  const custodial = sentences.filter((s) => s.fact.kind === 'imprisonment');
  const runningCustodial = custodial.find((s) => covers(s.start, s.end, onDate) && cutShortAt(s) === null);
  const sentenceBasis = (s: SentenceSpan) =>
    basis({
      source: 'sentence',
      recordId: s.fact.id ?? null,
      kind: s.fact.kind,
      since: s.fact.startedOn ?? s.fact.verdictOn,
      until: s.until,
      presumed: s.presumed,
    });

  // 2. A detention period covering the date.
  const active = periods
    .filter((p) => covers(p.start, p.end, onDate))
    .sort(
      (a, b) =>
        compareIso(b.start ?? '', a.start ?? '') || DETENTION_RANK[a.fact.kind] - DETENTION_RANK[b.fact.kind],
    )[0];
  if (active) {
    const kind = active.fact.kind;
    if ((kind === 'pretrial_detention' || kind === 'temporary_detention') && runningCustodial) {
      return { status: 'imprisoned', basis: sentenceBasis(runningCustodial) };
    }
    const periodBasis = basis({
      source: 'detention_period',
      recordId: active.fact.id ?? null,
      kind,
      since: active.fact.startedOn,
      until: active.fact.endedOn,
    });
    return { status: statusOfDetentionKind(kind), basis: periodBasis };
  }

  // 3. Imprisonment running.
  if (runningCustodial) return { status: 'imprisoned', basis: sentenceBasis(runningCustodial) };

  // 4. Probation-like sentence running.
  const runningNonCustodial = sentences.find(
    (s) => NON_CUSTODIAL.has(s.fact.kind) && covers(s.start, s.end, onDate),
  );
  if (runningNonCustodial) return { status: 'probation', basis: sentenceBasis(runningNonCustodial) };

  // 5. Custody that ended before the date: released since the latest end.
  const ended: Array<{ end: IsoDate; basis: PersonStatusBasis }> = [];
  for (const p of periods) {
    if (p.end === null || p.end >= onDate) continue;
    ended.push({
      end: p.end,
      basis: basis({
        source: 'custody_ended',
        recordId: p.fact.id ?? null,
        kind: p.fact.kind,
        since: p.fact.endedOn,
      }),
    });
  }
  for (const s of custodial) {
    // A sentence cut short by a prison period: that period's end is already a candidate.
    if (s.end === null || s.end >= onDate || cutShortAt(s) !== null) continue;
    ended.push({
      end: s.end,
      basis: basis({
        source: 'custody_ended',
        recordId: s.fact.id ?? null,
        kind: s.fact.kind,
        since: s.until,
        presumed: s.presumed,
      }),
    });
  }
  // Latest end wins; on the same day a recorded release beats a presumed one.
  const release = ended.sort(
    (a, b) => compareIso(b.end, a.end) || Number(a.basis.presumed) - Number(b.basis.presumed),
  )[0];
  if (release) return { status: 'released', basis: release.basis };

  // 6 / 7. Facts, but no custody (yet): at large. No facts: unknown.
  if (periods.length > 0 || sentences.length > 0) {
    return { status: 'at_large', basis: basis({ source: 'no_custody' }) };
  }
  return { status: 'unknown', basis: basis({ source: 'no_facts' }) };
}

function statusOfDetentionKind(kind: DetentionKind): PersonStatus {
  switch (kind) {
    case 'prison':
    case 'prison_colony':
      return 'imprisoned';
    case 'house_arrest':
      return 'house_arrest';
    case 'pretrial_detention':
      return 'pretrial_detention';
    case 'temporary_detention':
    case 'administrative_arrest':
    case 'psychiatric':
      return 'detained';
  }
}
