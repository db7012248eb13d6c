export * from './deadline.schema';
