import { CYRILLIC_TO_LATIN, transliterate } from './transliterate';

describe('transliterate', () => {
  it.each([
    ['Козлов', 'Kozlov'],
    ['Владимир', 'Vladimir'],
    ['Жанаозен', 'Zhanaozen'],
    ['Жаңаөзен', 'Zhanaozen'],
    ['Маңғыстау', 'Mangystau'],
    ['Ақтау', 'Aktau'],
    ['Сапаргали', 'Sapargali'],
    ['Хабаров', 'Khabarov'],
    ['Цой', 'Tsoy'],
    ['Чернов', 'Chernov'],
    ['Шевченко', 'Shevchenko'],
    ['Щукин', 'Shchukin'],
    ['Юрий', 'Yuriy'],
    ['Яковлев', 'Yakovlev'],
    ['Пётр', 'Petr'],
    ['Эдуард', 'Eduard'],
    ['Ильюшин', 'Ilyushin'],
    ['Подъячев', 'Podyachev'],
    ['Крылов', 'Krylov'],
    ['Әлихан', 'Alikhan'],
    ['Ғалым', 'Galym'],
    ['Қасым', 'Kasym'],
    ['Нұрлан', 'Nurlan'],
    ['Айгүл', 'Aygul'],
    ['Һ', 'H'],
    ['Ілияс', 'Iliyas'],
    ['Ерлан', 'Erlan'],
  ])('%s => %s', (cyr, lat) => {
    expect(transliterate(cyr)).toBe(lat);
  });

  it('maps every Kazakh-specific letter', () => {
    expect(transliterate('әғқңөұүһі')).toBe('agknouuhi');
    expect(transliterate('ӘҒҚҢӨҰҮҺІ')).toBe('AGKNOUUHI');
  });

  it('covers the whole Russian alphabet', () => {
    expect(transliterate('абвгдеёжзийклмнопрстуфхцчшщъыьэюя')).toBe(
      'abvgdeezhziyklmnoprstufkhtschshshchyeyuya',
    );
    for (const ch of 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя') expect(ch in CYRILLIC_TO_LATIN).toBe(true);
  });

  it('preserves case for multi-letter outputs', () => {
    expect(transliterate('ЖАНАОЗЕН')).toBe('ZHANAOZEN');
    expect(transliterate('Жанаозен')).toBe('Zhanaozen');
    expect(transliterate('ЩУКИН')).toBe('SHCHUKIN');
    expect(transliterate('ИЛЬЯ')).toBe('ILYA');
    expect(transliterate('Ж. Козлов')).toBe('Zh. Kozlov');
    expect(transliterate('Ю')).toBe('Yu');
  });

  it('leaves non-Cyrillic text untouched', () => {
    expect(transliterate('Kozlov, 2011 — «test»')).toBe('Kozlov, 2011 — «test»');
    expect(transliterate('')).toBe('');
    expect(transliterate('Козлов V.')).toBe('Kozlov V.');
  });

  it('handles a decomposed й (и + combining breve)', () => {
    expect(transliterate('Сергеи\u0306')).toBe('Sergey');
  });
});
