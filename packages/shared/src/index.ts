// The contract between the API and the web app. Depends on zod only.

export * from './audit';
export * from './auth';
export * from './common';
export * from './dates';
export * from './domain';
export * from './errors';
export * from './health';
export * from './names';
export * from './organisations';
export * from './users';
export * from './persons';
export * from './events';
export * from './sources';
export * from './case-updates';
export * from './deadlines';
export * from './legal-provisions';
export * from './cases';
export * from './proceedings';
export * from './exports';
export * from './statistics';
export * from './search';
export * from './saved-searches';
