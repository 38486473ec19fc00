export { openLedger, type Ledger, type OpenLedgerOptions, type OpenReport } from './ledger';
export { LedgerError, LedgerErrorCode } from './errors';
export {
  loadMigrations,
  defaultMigrationsDir,
  makeMigration,
  migrationChecksum,
  type Migration,
} from './migrations';
export { QUICK_CHECK_ABOVE_BYTES } from './open';
export { BusinessRepo, toBusinessSummary } from './repos/business-repo';
export { PartyRepo, toPartySummary, type PartyListQuery } from './repos/party-repo';
export { ItemRepo, toItemSummary, type ItemListQuery } from './repos/item-repo';
export { SeriesRepo, type SeriesKey } from './repos/series-repo';
export {
  InvoiceRepo,
  INVOICE_SORTS,
  type InvoiceRegisterQuery,
  type InvoiceSort,
} from './repos/invoice-repo';
export { IrnRepo, type IrnCancelled, type IrnGenerated } from './repos/irn-repo';
export { EwayBillRepo, type EwbGenerated } from './repos/ewaybill-repo';
export { OutboxRepo, type AttemptInput, type EnqueueInput, type OutboxError } from './repos/outbox-repo';
export { AuditRepo, type AuditInput, type AuditQuery } from './repos/audit-repo';
export type * from './types';
