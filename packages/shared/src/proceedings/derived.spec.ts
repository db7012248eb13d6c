import { appealDeadlineStatus, expectedSentenceEnd } from './derived';

describe(expectedSentenceEnd.name, () => {
  it('adds the term to the start: 7 years 6 months from 1 January 2012 ends on 1 July 2019', () => {
    expect(
      expectedSentenceEnd({ value: '2012-01-01', precision: 'day' }, { years: 7, months: 6, days: 0 }),
    ).toEqual({ value: '2019-07-01', precision: 'day' });
  });

  it('is unknown without a start or without a term', () => {
    expect(expectedSentenceEnd(null, { years: 5, months: 0, days: 0 })).toBeNull();
    expect(
      expectedSentenceEnd({ value: '2012-01-01', precision: 'day' }, { years: 0, months: 0, days: 0 }),
    ).toBeNull();
  });

  it('is no more precise than the start', () => {
    expect(
      expectedSentenceEnd({ value: '2012-01-01', precision: 'month' }, { years: 7, months: 6, days: 0 }),
    ).toEqual({ value: '2019-07-01', precision: 'month' });
    expect(
      expectedSentenceEnd({ value: '2012-01-01', precision: 'month' }, { years: 0, months: 0, days: 45 }),
    ).toEqual({ value: '2012-02-01', precision: 'month' });
    expect(
      expectedSentenceEnd({ value: '2012-01-01', precision: 'year' }, { years: 4, months: 0, days: 0 }),
    ).toEqual({ value: '2016-01-01', precision: 'year' });
  });

  it('clamps to the end of a shorter month (29 February + 1 year)', () => {
    expect(
      expectedSentenceEnd({ value: '2012-02-29', precision: 'day' }, { years: 1, months: 0, days: 0 }),
    ).toEqual({ value: '2013-02-28', precision: 'day' });
  });
});

describe(appealDeadlineStatus.name, () => {
  const today = '2024-03-10';

  it('counts the days left, 0 on the last day', () => {
    expect(appealDeadlineStatus('2024-03-20', 'planned', today)).toEqual({
      daysUntilDeadline: 10,
      overdue: false,
    });
    expect(appealDeadlineStatus('2024-03-10', 'planned', today)).toEqual({
      daysUntilDeadline: 0,
      overdue: false,
    });
  });

  it('is overdue once the deadline has passed without the appeal being filed', () => {
    expect(appealDeadlineStatus('2024-03-09', 'planned', today)).toEqual({
      daysUntilDeadline: -1,
      overdue: true,
    });
  });

  it('is not overdue when the appeal was filed or decided, even after the deadline', () => {
    expect(appealDeadlineStatus('2024-01-01', 'filed', today)).toEqual({
      daysUntilDeadline: -69,
      overdue: false,
    });
    expect(appealDeadlineStatus('2024-01-01', 'rejected', today).overdue).toBe(false);
  });

  it('has nothing to count without a deadline', () => {
    expect(appealDeadlineStatus(null, 'planned', today)).toEqual({ daysUntilDeadline: null, overdue: false });
  });
});
