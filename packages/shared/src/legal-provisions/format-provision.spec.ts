import { formatProvision } from './format-provision';

const CODE = 'Criminal Code of the Republic of Kazakhstan (1997)';

describe(formatProvision.name, () => {
  it('names the code, the article and the part', () => {
    expect(formatProvision({ code: CODE, article: '164', part: '3' })).toBe(
      'Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3',
    );
  });

  it('leaves out a part that is empty, blank or missing', () => {
    expect(formatProvision({ code: CODE, article: '241', part: '' })).toBe(`${CODE}, art. 241`);
    expect(formatProvision({ code: CODE, article: '241', part: '  ' })).toBe(`${CODE}, art. 241`);
    expect(formatProvision({ code: CODE, article: '241', part: null })).toBe(`${CODE}, art. 241`);
    expect(formatProvision({ code: CODE, article: '241' })).toBe(`${CODE}, art. 241`);
  });

  it('trims what staff typed around the values', () => {
    expect(formatProvision({ code: ` ${CODE} `, article: ' 164 ', part: ' 1 ' })).toBe(
      `${CODE}, art. 164 part 1`,
    );
  });

  it('keeps article and part spellings such as 174-1 or 2.1 as they are', () => {
    expect(formatProvision({ code: CODE, article: '174-1', part: '2.1' })).toBe(
      `${CODE}, art. 174-1 part 2.1`,
    );
  });

  it('still reads well without a code', () => {
    expect(formatProvision({ code: '', article: '164', part: '3' })).toBe('art. 164 part 3');
  });
});
