// The contract between the API and the web app. Depends on zod only.

export * from './auth';
export * from './common';
export * from './dates';
export * from './domain';
export * from './errors';
export * from './health';
export * from './names';
export * from './organisations';
