export * from './statistics.schema';
