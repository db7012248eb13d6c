export * from './export.schema';
export * from './export-columns';
