import { bestVariantSnippet, headlineToHtml, highlight, trigramSimilarity } from './snippet';

describe('highlight', () => {
  it('marks the whole word a normalised token matches, in the original script', () => {
    expect(highlight('Владимир Козлов', ['kozlov']).html).toBe('Владимир <mark>Козлов</mark>');
    expect(highlight('Жаңаөзен оқиғасы', ['janaozen']).html).toBe('<mark>Жаңаөзен</mark> оқиғасы');
  });

  it('marks only the typed prefix of a longer word', () => {
    expect(highlight('Vladimir Kozlov', ['koz']).html).toBe('Vladimir <mark>Koz</mark>lov');
    expect(highlight('Жанаозенские события', ['janaozen']).html).toBe('<mark>Жанаозен</mark>ские события');
  });

  it('marks a fuzzy match as a whole word', () => {
    expect(highlight('Serik Sapargali', ['saparagli']).html).toBe('Serik <mark>Sapargali</mark>');
  });

  it('escapes everything that is not a mark', () => {
    expect(highlight('<b>Kozlov</b> & "friends"', ['kozlov']).html).toBe(
      '&lt;b&gt;<mark>Kozlov</mark>&lt;/b&gt; &amp; &quot;friends&quot;',
    );
  });
});

describe('bestVariantSnippet', () => {
  const variants = ['Vladimir Kozlov', 'Владимир Козлов'];

  it('prefers the variant in the script the user typed', () => {
    expect(bestVariantSnippet(variants, ['kozlov'], 'Козлов').html).toBe('Владимир <mark>Козлов</mark>');
    expect(bestVariantSnippet(variants, ['kozlov'], 'Kozlov').html).toBe('Vladimir <mark>Kozlov</mark>');
  });

  it('prefers the variant that holds most of the query', () => {
    const h = bestVariantSnippet(['Kozlov', 'Vladimir Kozlov'], ['kozlov', 'vladimir'], 'kozlov vladimir');
    expect(h.html).toBe('<mark>Vladimir</mark> <mark>Kozlov</mark>');
    expect(h.tokensMatched).toBe(2);
  });

  it('reports no match when no variant explains the hit', () => {
    expect(bestVariantSnippet(['Closure of K+'], ['kozlov'], 'kozlov').tokensMatched).toBe(0);
  });
});

describe('headlineToHtml', () => {
  it('turns the markers into <mark> and escapes the rest', () => {
    expect(headlineToHtml('a <i> \u0001Kozlov\u0002 & b')).toBe('a &lt;i&gt; <mark>Kozlov</mark> &amp; b');
    expect(headlineToHtml('\u0001open')).toBe('<mark>open</mark>');
  });
});

describe('trigramSimilarity', () => {
  it('behaves like pg_trgm similarity()', () => {
    expect(trigramSimilarity('kozlov', 'kozlov')).toBe(1);
    expect(trigramSimilarity('kozlof', 'kozlov')).toBeCloseTo(5 / 9);
    expect(trigramSimilarity('aminov', 'kozlov')).toBeLessThan(0.3);
  });
});
