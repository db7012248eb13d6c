export { matchesSearchKey, normalizeForSearch, queryTokens, searchKey } from './normalize';
export type { NameScript } from './script';
export { detectScript } from './script';
export { CYRILLIC_TO_LATIN, transliterate } from './transliterate';
