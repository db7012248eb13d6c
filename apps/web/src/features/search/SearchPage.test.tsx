import type { SearchHit } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { decodeEntities, parseSnippet } from './snippet';

afterEach(resetAppState);

const PERSON_ID = '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const CASE_ID = '5b0e7c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d';

function hit(overrides: Partial<SearchHit>): SearchHit {
  return {
    type: 'person',
    id: PERSON_ID,
    title: 'Владимир Козлов',
    subtitle: 'Person · Imprisoned',
    snippet: 'Владимир <mark>Козлов</mark>',
    score: 1,
    parent: null,
    ...overrides,
  };
}

function searchApi() {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo()),
    'GET /api/search': ({ url }) =>
      jsonResponse({
        query: url.searchParams.get('q'),
        normalized: 'kozlov',
        items:
          url.searchParams.get('q') === 'nothing'
            ? []
            : [
                hit({}),
                hit({
                  type: 'update',
                  id: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
                  title: 'Statement',
                  subtitle: 'Statement of the family',
                  // A name with markup in the data: the API escapes it; only <mark> is markup.
                  snippet:
                    '&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; said <mark>Kozlov</mark> &amp; others',
                  score: 0.4,
                  parent: { type: 'case', id: CASE_ID, title: 'Zhanaozen riot case' },
                }),
              ],
      }),
  });
}

describe('SearchPage', () => {
  it('shows ranked, typed results with the matched words marked, and links to each record', async () => {
    const api = searchApi();
    renderApp('/search?q=kozlov');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search: “kozlov”' })).toBeInTheDocument();
    const person = await screen.findByRole('link', { name: 'Владимир Козлов' });
    expect(person).toHaveAttribute('href', `/persons/${PERSON_ID}`);
    expect(screen.getByRole('link', { name: 'Statement' })).toHaveAttribute('href', `/cases/${CASE_ID}`);
    expect(screen.getByText('In the case Zhanaozen riot case')).toBeInTheDocument();
    expect(screen.getByText('Similar spelling')).toBeInTheDocument();
    const results = screen.getByRole('region', { name: 'Results: 2, most relevant first' });
    expect(within(results).getByText('Person')).toBeInTheDocument();
    expect(within(results).getByText('Case update')).toBeInTheDocument();
    const marks = results.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['Козлов', 'Kozlov']);
    expect(api.callsTo('GET', '/api/search')[0]?.url.searchParams.get('q')).toBe('kozlov');
  });

  it('renders a <script> in the data as text, never as markup', async () => {
    searchApi();
    renderApp('/search?q=kozlov');
    expect(await screen.findByText("<script>alert('x')</script> said", { exact: false })).toBeInTheDocument();
    expect(document.querySelector('main script')).toBeNull();
    expect(screen.getByText('& others', { exact: false })).toBeInTheDocument();
  });

  it('narrows to types through the URL and says when nothing matches', async () => {
    const api = searchApi();
    const { router } = renderApp('/search?q=nothing');
    expect(await screen.findByText('Nothing found for “nothing”')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Case' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/search?q=nothing&types=case'));
    await waitFor(() =>
      expect(api.callsTo('GET', '/api/search').at(-1)?.url.searchParams.get('types')).toBe('case'),
    );
  });

  it('the header box opens the results page', async () => {
    searchApi();
    const { router } = renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'Козлов{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe(`/search?q=${encodeURIComponent('Козлов')}`));
    expect(await screen.findByRole('link', { name: 'Владимир Козлов' })).toBeInTheDocument();
  });
});

describe(parseSnippet.name, () => {
  it('splits on the mark tags and decodes the escaped text', () => {
    expect(parseSnippet('a &lt;b&gt; <mark>K&amp;K</mark> &#x27;c&#39;')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'K&K', marked: true },
      { text: " 'c'", marked: false },
    ]);
    expect(decodeEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
  });
});
