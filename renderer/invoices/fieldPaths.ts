/**
 * From the validator's JSON paths in the IRP's document (`ItemList[2].HsnCd`) to the editor's
 * field ids (`line.4.hsn`), so a finding is shown beside the box the user can fix. Buyer
 * details come from the party, so they mark the party field; what maps to nothing the
 * editor shows (seller details, computed amounts) goes to the findings panel.
 */
import type { FieldErrors } from './editorModel';

const ITEM_FIELDS: Readonly<Record<string, string>> = {
  PrdDesc: 'description',
  HsnCd: 'hsn',
  IsServc: 'hsn',
  Qty: 'qty',
  Unit: 'unit',
  UnitPrice: 'price',
  Discount: 'discount',
  GstRt: 'gstRate',
};

const SIMPLE: Readonly<Record<string, string>> = {
  'DocDtls.Typ': 'docType',
  'DocDtls.No': 'docNo',
  'DocDtls.Dt': 'docDate',
  'TranDtls.SupTyp': 'supplyType',
  'TranDtls.RegRev': 'reverseCharge',
  'BuyerDtls.Pos': 'placeOfSupply',
  'ValDtls.Discount': 'discount',
  'ValDtls.OthChrg': 'otherCharges',
  'ValDtls.RndOffAmt': 'roundOff',
  ItemList: 'lines',
};

const SHIP_FIELDS: Readonly<Record<string, string>> = {
  Gstin: 'gstin',
  LglNm: 'legalName',
  Nm: 'name',
  Addr1: 'address1',
  Loc: 'location',
  Pin: 'pin',
  Stcd: 'stateCode',
};

/**
 * `lineIndex[i]` is the editor line that became `ItemList[i]` (blank lines are not sent).
 * Returns null when the editor has no field for the path.
 */
export function fieldIdForPath(path: string, lineIndex: readonly number[]): string | null {
  if (SIMPLE[path]) return SIMPLE[path]!;
  const item = /^ItemList\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (item) {
    const editorLine = lineIndex[Number(item[1])];
    if (editorLine === undefined) return 'lines';
    const field = item[2] ? ITEM_FIELDS[item[2]] : undefined;
    return `line.${editorLine}.${field ?? 'description'}`;
  }
  if (path.startsWith('BuyerDtls')) return 'party';
  const prec = /^RefDtls\.PrecDocDtls(?:\[\d+\])?\.(\w+)/.exec(path);
  if (prec) return prec[1] === 'InvDt' ? 'preceding.date' : 'preceding.number';
  if (path.startsWith('RefDtls.PrecDocDtls')) return 'preceding.number';
  const ship = /^(ShipDtls|DispDtls)\.(\w+)$/.exec(path);
  if (ship) {
    const field = SHIP_FIELDS[ship[2]!];
    if (field) return `${ship[1] === 'ShipDtls' ? 'shipTo' : 'dispatchFrom'}.${field}`;
  }
  return null;
}

export interface PlacedFindings<F> {
  /** The first message for each field id. */
  byField: FieldErrors;
  /** Findings with no field in the editor. */
  unplaced: F[];
}

export function placeFindings<F extends { field: string; message: string }>(
  findings: readonly F[],
  lineIndex: readonly number[],
  shown: (fieldId: string) => boolean = () => true,
): PlacedFindings<F> {
  const byField: FieldErrors = {};
  const unplaced: F[] = [];
  for (const finding of findings) {
    const id = fieldIdForPath(finding.field, lineIndex);
    if (id && shown(id)) {
      if (!byField[id]) byField[id] = finding.message;
    } else {
      unplaced.push(finding);
    }
  }
  return { byField, unplaced };
}
