export * from './case.schema';
export * from './case-detail.schema';
export * from './case-links.schema';
