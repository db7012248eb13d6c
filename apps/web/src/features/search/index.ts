/** The global search: results page at /search?q=… (the header box navigates there). */
export { hitPath, searchEverything, useSearch } from './search-api';
export { SearchPage } from './SearchPage';
export { Snippet } from './Snippet';
export { decodeEntities, parseSnippet, type SnippetPart } from './snippet';
