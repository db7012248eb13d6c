export * from './organisation.schema';
