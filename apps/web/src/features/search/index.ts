/** The global search: results page at /search?q=… (the header box navigates there). */

export { SearchPage } from './SearchPage';
export { Snippet } from './Snippet';
export { hitPath, searchEverything, useSearch } from './search-api';
export { decodeEntities, parseSnippet, type SnippetPart } from './snippet';
