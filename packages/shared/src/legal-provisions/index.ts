export * from './format-provision';
export * from './legal-provision.schema';
