import { buildTextQuery, parseArticleRef, parseQuery } from './search-query';

describe('parseQuery', () => {
  it('normalises names in any script to the same tokens', () => {
    expect(parseQuery('Козлов Владимир').tokens).toEqual(['kozlov', 'vladimir']);
    expect(parseQuery('  kozlov   VLADIMIR ').tokens).toEqual(['kozlov', 'vladimir']);
    expect(parseQuery('Жаңаөзен').tokens).toEqual(['janaozen']);
    expect(parseQuery('Sapargaly').normalized).toBe('sapargali');
  });

  it.each([
    ['164', { article: '164', part: null }],
    ['ст. 164', { article: '164', part: null }],
    ['ст.164 УК РК', { article: '164', part: null }],
    ['art 164', { article: '164', part: null }],
    ['Article 164 part 3', { article: '164', part: '3' }],
    ['статья 164 ч. 3', { article: '164', part: '3' }],
    ['164-3', { article: '164', part: '3' }],
    ['164-бап 3-бөлігі', { article: '164', part: '3' }],
    ['164 Kozlov', null],
    ['Kozlov 164', null],
    ['DEMO-2012-001', null],
  ])('reads %p as an article reference %p', (text, expected) => {
    expect(parseQuery(text).article).toEqual(expected);
  });

  it('searches the other records for the article number only', () => {
    const parsed = parseQuery('ст. 164');
    expect(parsed.tokens).toEqual(['164']);
    expect(parsed.textQuery).toBe("'164'");
  });

  it('caps the number of words', () => {
    expect(parseQuery('a b c d e f g h i j k').tokens).toHaveLength(8);
  });
});

describe('buildTextQuery', () => {
  it('looks a Cyrillic word up as typed, transliterated and normalised, by prefix', () => {
    expect(buildTextQuery(['козлов'], true)).toBe("('козлов':* | 'kozlov':*)");
    expect(buildTextQuery(['жанаозен'], true)).toBe("('жанаозен':* | 'zhanaozen':* | 'janaozen':*)");
  });

  it('requires every word and never prefix-matches numbers', () => {
    expect(buildTextQuery(['kozlov', '2012'], false)).toBe("'kozlov' & '2012'");
    expect(buildTextQuery(['kozlov', '2012'], true)).toBe("'kozlov':* & '2012'");
  });

  it('returns null for nothing to search', () => {
    expect(buildTextQuery([], true)).toBeNull();
  });
});

describe('parseArticleRef', () => {
  it('accepts Kazakh markers', () => {
    expect(parseArticleRef('bap 164 bolik 3')).toEqual({ article: '164', part: '3' });
  });
});
