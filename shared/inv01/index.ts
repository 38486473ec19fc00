export * from './types';
export * from './to-inv01';
export * from './from-inv01';
