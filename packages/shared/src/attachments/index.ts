export * from './attachment.schema';
export * from './attachment-types';
