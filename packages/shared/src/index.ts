// The contract between the API and the web app. Depends on zod only.
export * from './errors';
export * from './health';
export * from './dates';
export * from './names';
