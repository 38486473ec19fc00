export { PartyService, type GstinLookup, type PartyServiceDeps } from './party-service';
export { ItemService, toItemView, type ItemServiceDeps } from './item-service';
export { ledgerRemoval, type MastersRemoval } from './removal';
export { STALE_AFTER_DAYS, KIND_LABELS, taxpayerWarnings } from './party-warnings';
export {
  itemInputFromText,
  readPin,
  readRate,
  readRupees,
  readUnitPrice,
  type ItemTextInput,
} from './text-input';
export type * from './types';
