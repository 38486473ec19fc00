export * from './model';
export * from './fixtures';
