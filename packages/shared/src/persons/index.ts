export * from './affiliation.schema';
export * from './date-bound';
export * from './detention-period.schema';
export * from './period-rule';
export * from './person.schema';
export * from './person-detail.schema';
export * from './person-status';
