export * from './staff-directory.schema';
export * from './user.schema';
