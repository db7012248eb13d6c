export * from './auth.schema';
export * from './policy';
