export * from './heads';
export * from './engine';
