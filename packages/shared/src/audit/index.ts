export * from './audit.schema';
export * from './diff';
