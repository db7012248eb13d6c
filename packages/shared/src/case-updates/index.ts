export * from './case-update.schema';
export * from './imprecise-date-text';
