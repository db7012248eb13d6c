import { detectScript } from './script';

describe('detectScript', () => {
  it.each([
    ['Kozlov Vladimir', 'lat'],
    ['Žanaozen', 'lat'],
    ['Козлов Владимир', 'cyrl'],
    ['Жанаозен', 'cyrl'],
    ['Жаңаөзен', 'kk'],
    ['Ақтау', 'kk'],
    ['Маңғыстау', 'kk'],
    ['Әлихан', 'kk'],
    ['Ілияс', 'kk'],
    ['Віталій Коваль', 'kk'], // і alone cannot tell Kazakh from Ukrainian
    ['Київ', 'cyrl'], // ї is Ukrainian-only
    ['Жанаозен / Zhanaozen', 'mixed'],
    ['Сәуiр', 'mixed'], // Latin i typed inside a Cyrillic word
    ['محمد', 'other'],
    ['王伟', 'other'],
    ['Козлов 王', 'mixed'],
    ['', 'other'],
    ['12.12.2011 — !', 'other'],
  ])('%j => %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it('ignores digits and punctuation around letters', () => {
    expect(detectScript('  Kozlov, V. (1974) ')).toBe('lat');
    expect(detectScript('«Козлов», 1974 г.')).toBe('cyrl');
  });
});
