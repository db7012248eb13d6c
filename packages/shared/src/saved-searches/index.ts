export * from './saved-search.schema';
