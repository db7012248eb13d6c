export * from './source.schema';
