export * from './user.schema';
