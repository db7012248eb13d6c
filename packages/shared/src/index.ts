// The contract between the API and the web app. Depends on zod only.

export * from './attachments';
export * from './audit';
export * from './auth';
export * from './case-updates';
export * from './cases';
export * from './common';
export * from './dates';
export * from './deadlines';
export * from './domain';
export * from './errors';
export * from './events';
export * from './exports';
export * from './health';
export * from './legal-provisions';
export * from './names';
export * from './organisations';
export * from './persons';
export * from './proceedings';
export * from './saved-searches';
export * from './search';
export * from './sources';
export * from './statistics';
export * from './users';
