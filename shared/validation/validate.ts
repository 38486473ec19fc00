/**
 * Offline validation of an INV-01 v1.1 document, in the IRP's order: the schema first,
 * then the business rules of REFERENCE §4 that need no server data (the GSTIN master,
 * duplicate IRNs and registration dates are the IRP's to check). Every finding carries
 * the IRP's own code where it has one, a JSON path, and a plain message.
 */
import type { Invoice } from '../invoice/model';
import { toInv01 } from '../inv01/to-inv01';
import type { Finding, ValidationOptions } from './finding';
import { schemaFindings } from './schema-findings';
import { obj, RuleContext, type Sections } from './rules/context';
import { checkParties } from './rules/parties';
import { checkSupply } from './rules/supply';
import { checkItems } from './rules/items';
import { checkTotals } from './rules/totals';
import { checkDocument } from './rules/document';
import { checkDecimals } from './rules/decimals';

/** The sections the business rules read, when each has its JSON type. */
function sections(json: Record<string, unknown>): Sections | undefined {
  const tran = obj(json.TranDtls);
  const doc = obj(json.DocDtls);
  const seller = obj(json.SellerDtls);
  const buyer = obj(json.BuyerDtls);
  const val = obj(json.ValDtls);
  const items = json.ItemList;
  if (!tran || !doc || !seller || !buyer || !val || !Array.isArray(items)) return undefined;
  return { tran, doc, seller, buyer, val, items };
}

export function validateInv01(json: unknown, options: ValidationOptions): Finding[] {
  const root = obj(json);
  if (!root) {
    return [
      {
        code: 'L-NOT-INVOICE',
        field: '',
        message: 'The document is not a JSON object, so it cannot be an INV-01 invoice.',
        severity: 'error',
      },
    ];
  }
  const { findings } = schemaFindings(root);
  const s = sections(root);
  // Without its main sections a document has nothing the business rules could check.
  if (!s) return findings;
  const ctx = new RuleContext(root, s, options);
  checkDocument(ctx);
  checkParties(ctx);
  checkSupply(ctx);
  checkItems(ctx);
  checkTotals(ctx);
  checkDecimals(ctx);
  return findings.concat(ctx.findings);
}

/** Builds the INV-01 JSON of an invoice and validates that, exactly as it would be sent. */
export function validateInvoice(invoice: Invoice, options: ValidationOptions): Finding[] {
  return validateInv01(toInv01(invoice), options);
}
