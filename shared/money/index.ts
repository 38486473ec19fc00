/**
 * Money and quantities as integers: paise for amounts, thousandths for quantities, unit
 * prices and rates. Formatting for people lives in `shared/format/indian.ts` and is
 * re-exported here so callers need one import.
 */
export * from './types';
export * from './round';
export * from './parse';
export * from './words';
export { formatRupees } from '../format/indian';
