export * from './detention-status.schema';
export * from './search.schema';
