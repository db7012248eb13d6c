import {
  addDays,
  addTerm,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isValidIsoDate,
  parseIsoDate,
  toIsoDateUtc,
} from './calendar';

describe('calendar basics', () => {
  it('knows leap years', () => {
    expect(isLeapYear(2012)).toBe(true);
    expect(isLeapYear(2011)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2011, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2012, 2)).toBe(29);
  });

  it('parses and validates strict ISO dates', () => {
    expect(parseIsoDate('2011-12-16')).toEqual({ year: 2011, month: 12, day: 16 });
    expect(isValidIsoDate('2012-02-29')).toBe(true);
    for (const bad of [
      '2011-02-29',
      '2011-02-30',
      '2011-13-01',
      '2011-00-10',
      '2011-04-31',
      '2011-1-1',
      '2011-12-16T00:00',
      '',
      'x',
    ]) {
      expect(isValidIsoDate(bad)).toBe(false);
    }
  });

  it('formats with zero padding', () => {
    expect(formatIsoDate(2011, 2, 3)).toBe('2011-02-03');
    expect(formatIsoDate(987, 12, 31)).toBe('0987-12-31');
  });
});

describe('addTerm', () => {
  it('adds years, months and days', () => {
    expect(addTerm('2012-05-17', { years: 7, months: 0, days: 0 })).toBe('2019-05-17');
    expect(addTerm('2012-05-17', { years: 0, months: 6, days: 0 })).toBe('2012-11-17');
    expect(addTerm('2012-05-17', { years: 0, months: 0, days: 15 })).toBe('2012-06-01');
    expect(addTerm('2012-05-17', { years: 5, months: 8, days: 20 })).toBe('2018-02-06');
    expect(addTerm('2012-05-17', { years: 0, months: 0, days: 0 })).toBe('2012-05-17');
  });

  it('clamps 29 February to 28 February in a non-leap year', () => {
    expect(addTerm('2012-02-29', { years: 1, months: 0, days: 0 })).toBe('2013-02-28');
    expect(addTerm('2012-02-29', { years: 4, months: 0, days: 0 })).toBe('2016-02-29');
    expect(addTerm('2012-02-29', { years: 1, months: 0, days: 1 })).toBe('2013-03-01');
  });

  it('clamps to the end of the month when adding months', () => {
    expect(addTerm('2011-01-31', { years: 0, months: 1, days: 0 })).toBe('2011-02-28');
    expect(addTerm('2012-01-31', { years: 0, months: 1, days: 0 })).toBe('2012-02-29');
    expect(addTerm('2011-03-31', { years: 0, months: 1, days: 0 })).toBe('2011-04-30');
    expect(addTerm('2011-08-31', { years: 0, months: 6, days: 0 })).toBe('2012-02-29');
  });

  it('applies years, then months, then days (order matters)', () => {
    // 2011-01-31 + 1 month => 2011-02-28, then + 1 day => 2011-03-01 (not 02-01 + 1 month)
    expect(addTerm('2011-01-31', { years: 0, months: 1, days: 1 })).toBe('2011-03-01');
    // years first: 2012-02-29 + 1y => 2013-02-28, + 1 month => 2013-03-28 (day stays clamped)
    expect(addTerm('2012-02-29', { years: 1, months: 1, days: 0 })).toBe('2013-03-28');
  });

  it('rolls months over the year boundary and handles large month counts', () => {
    expect(addTerm('2011-11-15', { years: 0, months: 3, days: 0 })).toBe('2012-02-15');
    expect(addTerm('2011-12-16', { years: 0, months: 25, days: 0 })).toBe('2014-01-16');
    expect(addTerm('2011-12-16', { years: 0, months: 0, days: 366 })).toBe('2012-12-16');
  });

  it('supports negative components', () => {
    expect(addTerm('2012-03-31', { years: 0, months: -1, days: 0 })).toBe('2012-02-29');
    expect(addTerm('2012-01-15', { years: 0, months: -1, days: 0 })).toBe('2011-12-15');
    expect(addTerm('2012-03-01', { years: 0, months: 0, days: -1 })).toBe('2012-02-29');
  });

  it('rejects invalid input', () => {
    expect(() => addTerm('2011-02-30', { years: 1, months: 0, days: 0 })).toThrow(RangeError);
    expect(() => addTerm('16.12.2011', { years: 1, months: 0, days: 0 })).toThrow(RangeError);
    expect(() => addTerm('2011-12-16', { years: 1.5, months: 0, days: 0 })).toThrow(RangeError);
    expect(() => addTerm('2011-12-16', { years: 0, months: Number.NaN, days: 0 })).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('adds and subtracts days across months, years and leap days', () => {
    expect(addDays('2011-12-31', 1)).toBe('2012-01-01');
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
    expect(addDays('2012-03-01', -1)).toBe('2012-02-29');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('1969-12-31', 1)).toBe('1970-01-01');
  });
});

describe('daysBetween', () => {
  it('counts whole days and may be negative', () => {
    expect(daysBetween('2024-01-01', '2024-01-31')).toBe(30);
    expect(daysBetween('2024-01-31', '2024-01-01')).toBe(-30);
    expect(daysBetween('2011-12-16', '2011-12-16')).toBe(0);
    expect(daysBetween('2012-01-01', '2013-01-01')).toBe(366);
    expect(daysBetween('2011-01-01', '2012-01-01')).toBe(365);
    expect(daysBetween('1970-01-01', '2000-01-01')).toBe(10957);
    expect(daysBetween('1899-12-31', '1900-03-01')).toBe(60);
  });

  it('agrees with UTC Date arithmetic over a wide range', () => {
    const base = Date.UTC(1950, 0, 1);
    for (let i = 0; i < 60000; i += 97) {
      const d = new Date(base + i * 86_400_000).toISOString().slice(0, 10);
      expect(daysBetween('1950-01-01', d)).toBe(i);
      expect(addDays('1950-01-01', i)).toBe(d);
    }
  });

  it('is consistent with addTerm (a 7-year sentence)', () => {
    const end = addTerm('2012-06-04', { years: 7, months: 0, days: 0 });
    expect(end).toBe('2019-06-04');
    expect(daysBetween('2012-06-04', end)).toBe(7 * 365 + 1); // one leap day inside: 2016-02-29
  });

  it('rejects invalid dates', () => {
    expect(() => daysBetween('2011-02-30', '2011-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2011-03-01', 'tomorrow')).toThrow(RangeError);
  });
});

describe('toIsoDateUtc', () => {
  it('uses the UTC calendar day, whatever the machine time zone', () => {
    expect(toIsoDateUtc(new Date('2011-12-16T23:30:00Z'))).toBe('2011-12-16');
    expect(toIsoDateUtc(new Date('2011-12-16T23:30:00-05:00'))).toBe('2011-12-17');
    expect(toIsoDateUtc(new Date('2011-12-17T01:00:00+06:00'))).toBe('2011-12-16');
  });

  it('rejects an invalid Date', () => {
    expect(() => toIsoDateUtc(new Date('nope'))).toThrow(RangeError);
  });
});
