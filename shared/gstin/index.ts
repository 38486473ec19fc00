export * from './gstin';
