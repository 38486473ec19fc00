/**
 * Offline validation with the IRP's own error codes: `validateInv01(json, options)` for a
 * document as JSON, `validateInvoice(model, options)` for the app's model.
 */
export * from './finding';
export { validateInv01, validateInvoice } from './validate';
export { describeField, fieldLabel } from './labels';
