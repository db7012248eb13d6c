import {
  compareImpreciseDates,
  DatePrecision,
  formatImpreciseDate,
  type ImpreciseDate,
  ImpreciseDateSchema,
  impreciseDateRange,
  parseImpreciseDate,
  toImpreciseDate,
} from './imprecise-date';

const day = (value: string): ImpreciseDate => ({ value, precision: 'day' });
const month = (value: string): ImpreciseDate => ({ value, precision: 'month' });
const year = (value: string): ImpreciseDate => ({ value, precision: 'year' });

describe('DatePrecision', () => {
  it('lists the three precisions', () => {
    expect(DatePrecision.options).toEqual(['day', 'month', 'year']);
    expect(DatePrecision.safeParse('week').success).toBe(false);
  });
});

describe('ImpreciseDateSchema', () => {
  it.each([
    day('2011-12-16'),
    day('2012-02-29'),
    month('2011-12-01'),
    year('2011-01-01'),
    day('1900-01-01'),
    day('2100-12-31'),
  ])('accepts %j', (d) => {
    expect(ImpreciseDateSchema.parse(d)).toEqual(d);
  });

  it.each([
    ['impossible day', day('2011-02-30')],
    ['29 Feb in a non-leap year', day('2011-02-29')],
    ['month 13', day('2011-13-01')],
    ['wrong format', day('16.12.2011')],
    ['short format', day('2011-12')],
    ['month precision not on day 01', month('2011-12-16')],
    ['year precision not on 01-01', year('2011-12-01')],
    ['year precision on 06-01', year('2011-06-01')],
    ['year before 1900', day('1899-12-31')],
    ['year after 2100', year('2101-01-01')],
  ])('rejects %s', (_label, d) => {
    expect(ImpreciseDateSchema.safeParse(d).success).toBe(false);
  });

  it('reports consistency problems on the value path', () => {
    const r = ImpreciseDateSchema.safeParse(month('2011-12-16'));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['value']);
  });

  it('is strict: rejects unknown keys, bad precision and missing fields', () => {
    expect(ImpreciseDateSchema.safeParse({ value: '2011-12-16', precision: 'day', extra: 1 }).success).toBe(
      false,
    );
    expect(ImpreciseDateSchema.safeParse({ value: '2011-12-16', precision: 'week' }).success).toBe(false);
    expect(ImpreciseDateSchema.safeParse({ value: '2011-12-16' }).success).toBe(false);
    expect(ImpreciseDateSchema.safeParse('2011-12-16').success).toBe(false);
  });
});

describe('parseImpreciseDate', () => {
  it.each<[string, ImpreciseDate]>([
    // numeric, day precision
    ['2011-12-16', day('2011-12-16')],
    ['16.12.2011', day('2011-12-16')],
    ['16/12/2011', day('2011-12-16')],
    ['16-12-2011', day('2011-12-16')],
    ['6.1.2011', day('2011-01-06')],
    ['2011/12/16', day('2011-12-16')],
    ['2011.12.16', day('2011-12-16')],
    ['16.12.2011 г.', day('2011-12-16')],
    // numeric, month precision
    ['12.2011', month('2011-12-01')],
    ['12/2011', month('2011-12-01')],
    ['2011-12', month('2011-12-01')],
    ['3.2011', month('2011-03-01')],
    ['2011/03', month('2011-03-01')],
    // year precision
    ['2011', year('2011-01-01')],
    ['2011 г.', year('2011-01-01')],
    ['2011г', year('2011-01-01')],
    ['в 2011 году', year('2011-01-01')],
    ['2011 ж.', year('2011-01-01')],
    ['2011 жыл', year('2011-01-01')],
    // English
    ['December 2011', month('2011-12-01')],
    ['Dec 2011', month('2011-12-01')],
    ['Dec. 2011', month('2011-12-01')],
    ['december, 2011', month('2011-12-01')],
    ['SEPT 2011', month('2011-09-01')],
    ['16 December 2011', day('2011-12-16')],
    ['16 Dec 2011', day('2011-12-16')],
    ['December 16, 2011', day('2011-12-16')],
    ['16th of December 2011', day('2011-12-16')],
    ['1st May 2012', day('2012-05-01')],
    ['16-Dec-2011', day('2011-12-16')],
    // Russian
    ['декабрь 2011', month('2011-12-01')],
    ['Декабрь 2011', month('2011-12-01')],
    ['декабря 2011', month('2011-12-01')],
    ['в декабре 2011 г.', month('2011-12-01')],
    ['дек. 2011', month('2011-12-01')],
    ['май 2012', month('2012-05-01')],
    ['16 декабря 2011', day('2011-12-16')],
    ['16 декабря 2011 года', day('2011-12-16')],
    ['16 ДЕКАБРЯ 2011 г.', day('2011-12-16')],
    ['1 мая 2012', day('2012-05-01')],
    ['16 дек 2011', day('2011-12-16')],
    // Kazakh
    ['желтоқсан 2011', month('2011-12-01')],
    ['Желтоқсан 2011', month('2011-12-01')],
    ['2011 ж. желтоқсан', month('2011-12-01')],
    ['2011 ж. 16 желтоқсан', day('2011-12-16')],
    ['2011 жылғы 16 желтоқсан', day('2011-12-16')],
    ['16 желтоқсан 2011', day('2011-12-16')],
    ['2011 жылы желтоқсанда', month('2011-12-01')],
    ['желтоксан 2011', month('2011-12-01')], // typed without Kazakh letters
    ['сәуiр 2011', month('2011-04-01')], // Latin i inside a Cyrillic word
    // surrounding whitespace
    ['  2011-12-16  ', day('2011-12-16')],
    ['16   December\t2011', day('2011-12-16')],
  ])('parses %j', (input, expected) => {
    expect(parseImpreciseDate(input)).toEqual(expected);
  });

  it.each<[string, number]>([
    ['қаңтар', 1],
    ['ақпан', 2],
    ['наурыз', 3],
    ['сәуір', 4],
    ['мамыр', 5],
    ['маусым', 6],
    ['шілде', 7],
    ['тамыз', 8],
    ['қыркүйек', 9],
    ['қазан', 10],
    ['қараша', 11],
    ['желтоқсан', 12],
  ])('parses the Kazakh month %s', (name, m) => {
    const expected = month(`2011-${String(m).padStart(2, '0')}-01`);
    expect(parseImpreciseDate(`${name} 2011`)).toEqual(expected);
    expect(parseImpreciseDate(`${name.toUpperCase()} 2011`)).toEqual(expected);
    expect(parseImpreciseDate(`2011 ж. ${name}`)).toEqual(expected);
  });

  it('parses every English and Russian month in each form', () => {
    const en = [
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ];
    const ruNom = [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ];
    const ruGen = [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ];
    en.forEach((name, i) => {
      const mm = String(i + 1).padStart(2, '0');
      expect(parseImpreciseDate(`${name} 2011`)).toEqual(month(`2011-${mm}-01`));
      expect(parseImpreciseDate(`${name.slice(0, 3)} 2011`)).toEqual(month(`2011-${mm}-01`));
      expect(parseImpreciseDate(`${ruNom[i]} 2011`)).toEqual(month(`2011-${mm}-01`));
      expect(parseImpreciseDate(`${ruGen[i]} 2011`)).toEqual(month(`2011-${mm}-01`));
      expect(parseImpreciseDate(`5 ${ruGen[i]} 2011`)).toEqual(day(`2011-${mm}-05`));
    });
  });

  it.each([
    '',
    '   ',
    'nonsense',
    'sometime in 2011',
    'December',
    '16 December',
    '16.12',
    '16.12.11',
    '11-12-16',
    '2011-12-16-01',
    '2011-12-16T10:00:00Z',
    '12 2011',
    '16 12 2011',
    '16.12/2011',
    'Dec Jan 2011',
    '16 17 December 2011',
    '2011 2012',
    '16 December 2011!',
    'Decembre 2011',
    '123 December 2011',
    '20111',
  ])('returns null for nonsense %j', (input) => {
    expect(parseImpreciseDate(input)).toBeNull();
  });

  it.each([
    '30.02.2011',
    '29.02.2011',
    '2011-02-30',
    '2011-02-29',
    '31.04.2011',
    '32.01.2011',
    '0.01.2011',
    '13.2011',
    '00.2011',
    '2011-13',
    '2011-00',
    '31 ноября 2011',
    '30 February 2012',
    '0 December 2011',
    '1899',
    '2101',
    '31.12.1899',
    'December 2101',
  ])('returns null for impossible or out-of-range date %j', (input) => {
    expect(parseImpreciseDate(input)).toBeNull();
  });

  it('accepts 29 February in leap years only', () => {
    expect(parseImpreciseDate('29.02.2012')).toEqual(day('2012-02-29'));
    expect(parseImpreciseDate('29 февраля 2000')).toEqual(day('2000-02-29'));
    expect(parseImpreciseDate('29.02.1900')).toBeNull();
  });

  it('accepts the boundary years', () => {
    expect(parseImpreciseDate('1900')).toEqual(year('1900-01-01'));
    expect(parseImpreciseDate('31.12.2100')).toEqual(day('2100-12-31'));
  });

  it('returns null for non-string input at runtime', () => {
    expect(parseImpreciseDate(undefined as unknown as string)).toBeNull();
    expect(parseImpreciseDate(2011 as unknown as string)).toBeNull();
  });

  it('always returns schema-valid values', () => {
    for (const input of [
      '2011',
      '12.2011',
      '16.12.2011',
      'desember 2011',
      'Dec 2011',
      '2011 ж. 16 желтоқсан',
    ]) {
      const r = parseImpreciseDate(input);
      if (r) expect(ImpreciseDateSchema.safeParse(r).success).toBe(true);
    }
  });

  it('round-trips its own output in every locale', () => {
    for (const d of [
      day('2011-12-16'),
      month('2011-12-01'),
      year('2011-01-01'),
      day('2012-02-29'),
      month('2020-05-01'),
    ]) {
      for (const locale of ['en', 'ru', 'kk'] as const) {
        expect(parseImpreciseDate(formatImpreciseDate(d, locale))).toEqual(d);
      }
    }
  });
});

describe('formatImpreciseDate', () => {
  it.each<[ImpreciseDate, string, string, string]>([
    [day('2011-12-16'), '16 December 2011', '16 декабря 2011', '2011 ж. 16 желтоқсан'],
    [month('2011-12-01'), 'December 2011', 'декабрь 2011', '2011 ж. желтоқсан'],
    [year('2011-01-01'), '2011', '2011', '2011 ж.'],
    [day('2012-05-01'), '1 May 2012', '1 мая 2012', '2012 ж. 1 мамыр'],
    [month('2012-03-01'), 'March 2012', 'март 2012', '2012 ж. наурыз'],
    [day('2012-01-09'), '9 January 2012', '9 января 2012', '2012 ж. 9 қаңтар'],
  ])('formats %j', (d, en, ru, kk) => {
    expect(formatImpreciseDate(d, 'en')).toBe(en);
    expect(formatImpreciseDate(d, 'ru')).toBe(ru);
    expect(formatImpreciseDate(d, 'kk')).toBe(kk);
  });

  it('returns a malformed value unchanged instead of throwing', () => {
    expect(formatImpreciseDate(day('garbage'), 'en')).toBe('garbage');
  });
});

describe('impreciseDateRange', () => {
  it('gives the inclusive first and last day', () => {
    expect(impreciseDateRange(day('2011-12-16'))).toEqual({ from: '2011-12-16', to: '2011-12-16' });
    expect(impreciseDateRange(month('2011-12-01'))).toEqual({ from: '2011-12-01', to: '2011-12-31' });
    expect(impreciseDateRange(month('2011-02-01'))).toEqual({ from: '2011-02-01', to: '2011-02-28' });
    expect(impreciseDateRange(month('2012-02-01'))).toEqual({ from: '2012-02-01', to: '2012-02-29' });
    expect(impreciseDateRange(month('2011-04-01'))).toEqual({ from: '2011-04-01', to: '2011-04-30' });
    expect(impreciseDateRange(year('2011-01-01'))).toEqual({ from: '2011-01-01', to: '2011-12-31' });
  });

  it('throws on a malformed value', () => {
    expect(() => impreciseDateRange(day('2011-02-30'))).toThrow(RangeError);
  });
});

describe('compareImpreciseDates', () => {
  it('sorts by start, then less precise before more precise', () => {
    const input = [
      day('2011-12-16'),
      day('2011-01-01'),
      year('2012-01-01'),
      month('2011-01-01'),
      year('2011-01-01'),
      month('2011-12-01'),
      day('2011-12-01'),
    ];
    expect([...input].sort(compareImpreciseDates)).toEqual([
      year('2011-01-01'),
      month('2011-01-01'),
      day('2011-01-01'),
      month('2011-12-01'),
      day('2011-12-01'),
      day('2011-12-16'),
      year('2012-01-01'),
    ]);
  });

  it('returns -1, 0, 1', () => {
    expect(compareImpreciseDates(day('2011-12-16'), day('2011-12-16'))).toBe(0);
    expect(compareImpreciseDates(day('2011-12-15'), day('2011-12-16'))).toBe(-1);
    expect(compareImpreciseDates(day('2011-12-17'), day('2011-12-16'))).toBe(1);
    expect(compareImpreciseDates(year('2011-01-01'), day('2011-01-01'))).toBe(-1);
    expect(compareImpreciseDates(day('2011-01-01'), month('2011-01-01'))).toBe(1);
  });
});

describe('toImpreciseDate', () => {
  it('truncates to the start of the period', () => {
    expect(toImpreciseDate('2011-12-16', 'day')).toEqual(day('2011-12-16'));
    expect(toImpreciseDate('2011-12-16', 'month')).toEqual(month('2011-12-01'));
    expect(toImpreciseDate('2011-12-16', 'year')).toEqual(year('2011-01-01'));
  });

  it('throws on invalid input', () => {
    expect(() => toImpreciseDate('2011-02-30', 'day')).toThrow(RangeError);
    expect(() => toImpreciseDate('1899-12-31', 'year')).toThrow(RangeError);
    expect(() => toImpreciseDate('2011-12', 'month')).toThrow(RangeError);
    expect(() => toImpreciseDate('2011-12-16', 'week' as DatePrecision)).toThrow(RangeError);
  });
});
