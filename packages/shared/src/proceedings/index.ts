export * from './appeal.schema';
export * from './charge.schema';
export * from './derived';
export * from './hearing.schema';
export * from './refs.schema';
export * from './sentence.schema';
