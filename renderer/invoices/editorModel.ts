/**
 * The invoice editor's state, free of React: the header as an `InvoiceInput`, the lines as
 * the text the user typed (so "12." or "" survive a re-render), and the conversions to the
 * shared model the tax engine and the validator read. Numbers are parsed with shared/money,
 * never with parseFloat.
 */
import type { ItemView, PartyView } from '../../shared/api/masters';
import { emptyLine, type Invoice, type InvoiceInput, type LineInput } from '../../shared/invoice';
import { MoneyParseError, parseQuantity, parseRupees, parseUnitPrice } from '../../shared/money';
import { buildInvoice } from '../../shared/tax';

export interface LineDraft {
  /** Stable React key; not sent. */
  key: string;
  itemId: number | null;
  description: string;
  hsn: string;
  isService: boolean;
  unit: string;
  qty: string;
  price: string;
  discount: string;
  gstRateMilli: number;
  cessRateMilli: number;
  cessNonAdvolPaise: number;
  /**
   * What the line holds that the editor has no box for (line other charges, state cess, free
   * quantity, batch, references…, from an import or another tool): kept as it is, so editing the
   * line's other fields never drops an amount. Choosing another item clears what came from the
   * old item (its state cess and barcode).
   */
  carried: Partial<LineInput>;
}

export interface EditorState {
  id: number | null;
  partyId: number | null;
  /** Everything but the lines and the header amounts, which live as text below. */
  invoice: InvoiceInput;
  lines: LineDraft[];
  discount: string;
  otherCharges: string;
}

let keySeed = 0;
export function blankLine(): LineDraft {
  keySeed += 1;
  return {
    key: `line-${keySeed}`,
    itemId: null,
    description: '',
    hsn: '',
    isService: false,
    unit: '',
    qty: '',
    price: '',
    discount: '',
    gstRateMilli: 0,
    cessRateMilli: 0,
    cessNonAdvolPaise: 0,
    carried: {},
  };
}

/** Untouched: nothing typed and no item chosen (the trailing line the editor keeps ready). */
export function isLineBlank(line: LineDraft): boolean {
  return (
    line.itemId === null &&
    !line.description.trim() &&
    !line.hsn.trim() &&
    !line.qty.trim() &&
    !line.price.trim() &&
    !line.discount.trim()
  );
}

/** Exactly one blank line at the end: a new one appears as soon as the last is filled in. */
export function withTrailingBlank(lines: LineDraft[]): LineDraft[] {
  let end = lines.length;
  while (end > 1 && isLineBlank(lines[end - 1]!) && isLineBlank(lines[end - 2]!)) end -= 1;
  const kept = lines.slice(0, end);
  const last = kept[kept.length - 1];
  return last && isLineBlank(last) ? kept : [...kept, blankLine()];
}

/** `12500` thousandths → `"12.5"`; integer digits only, no float. */
export function milliText(milli: number | undefined): string {
  if (milli === undefined) return '';
  const negative = milli < 0;
  const abs = Math.abs(Math.trunc(milli));
  const whole = Math.floor(abs / 1000);
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** `1250` paise → `"12.50"`; `0` → `""` (an empty box reads better than 0.00 while typing). */
export function paiseText(paise: number | undefined): string {
  if (!paise) return '';
  const negative = paise < 0;
  const abs = Math.abs(Math.trunc(paise));
  return `${negative ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function lineFromItem(line: LineDraft, item: ItemView): LineDraft {
  return {
    ...line,
    itemId: item.id,
    description: item.description,
    hsn: item.hsnCode,
    isService: item.isService,
    unit: item.unit ?? '',
    price: item.defaultUnitPriceMilli !== null ? milliText(item.defaultUnitPriceMilli) : line.price,
    gstRateMilli: item.gstRateMilli,
    cessRateMilli: item.cessRateMilli,
    cessNonAdvolPaise: item.cessNonAdvolPaise,
    qty: line.qty || (item.isService ? '' : '1'),
    carried: withoutItemFields(line.carried),
  };
}

function withoutItemFields(carried: Partial<LineInput>): Partial<LineInput> {
  const { stateCessRate: _rate, stateCessNonAdvol: _nonAdvol, barcode: _barcode, ...rest } = carried;
  return rest;
}

/** The buyer block from a saved party; the place of supply starts as the party's state. */
export function buyerFromParty(party: PartyView): InvoiceInput['buyer'] {
  const overseas = party.kind === 'overseas';
  return {
    gstin: party.gstin ?? 'URP',
    legalName: party.legalName,
    ...(party.tradeName ? { tradeName: party.tradeName } : {}),
    placeOfSupply: overseas ? '96' : party.stateCode,
    address1: party.address1 ?? '',
    ...(party.address2 ? { address2: party.address2 } : {}),
    location: party.location ?? '',
    ...(party.pin !== null ? { pin: party.pin } : overseas ? { pin: 999999 } : {}),
    stateCode: overseas ? '96' : party.stateCode,
    ...(party.phone ? { phone: party.phone } : {}),
    ...(party.email ? { email: party.email } : {}),
  };
}

export function draftFromLine(line: LineInput): LineDraft {
  // Everything without a box of its own rides along; the serial number is given again on save,
  // and computed amounts (a line read back from an INV-01) are worked out again.
  const {
    serialNo: _serialNo,
    description: _description,
    hsn: _hsn,
    isService: _isService,
    unit: _unit,
    quantity: _quantity,
    unitPrice: _unitPrice,
    discount: _discount,
    gstRate: _gstRate,
    cessRate: _cessRate,
    cessNonAdvol: _cessNonAdvol,
    amounts: _amounts,
    ...carried
  } = line as LineInput & { amounts?: unknown };
  return {
    ...blankLine(),
    carried,
    description: line.description ?? '',
    hsn: line.hsn,
    isService: line.isService,
    unit: line.unit ?? '',
    qty: milliText(line.quantity),
    price: milliText(line.unitPrice),
    discount: paiseText(line.discount),
    gstRateMilli: line.gstRate,
    cessRateMilli: line.cessRate,
    cessNonAdvolPaise: line.cessNonAdvol,
  };
}

export function stateFromInvoice(
  invoice: InvoiceInput,
  id: number | null,
  partyId: number | null,
): EditorState {
  return {
    id,
    partyId,
    invoice: { ...invoice, lines: [] },
    lines: withTrailingBlank(invoice.lines.map(draftFromLine)),
    discount: paiseText(invoice.discount),
    otherCharges: paiseText(invoice.otherCharges),
  };
}

/** Field ids the editor marks; a finding whose path maps to none goes to the findings panel. */
export type FieldErrors = Record<string, string>;

export interface BuiltInput {
  input: InvoiceInput;
  /** For each line sent, the index of the editor line it came from. */
  lineIndex: number[];
  /** Text that could not be read as a number, by field id. */
  parseErrors: FieldErrors;
}

function parseOr<T>(
  errors: FieldErrors,
  field: string,
  text: string,
  parse: (t: string) => T,
  fallback: T,
): T {
  if (!text.trim()) return fallback;
  try {
    return parse(text);
  } catch (error) {
    errors[field] = error instanceof MoneyParseError ? error.message : `${field}: not a number.`;
    return fallback;
  }
}

/** The editor's state as the shared model: blank lines left out, numbers parsed to integers. */
export function toInvoiceInput(state: EditorState): BuiltInput {
  const parseErrors: FieldErrors = {};
  const lines: LineInput[] = [];
  const lineIndex: number[] = [];
  state.lines.forEach((draft, index) => {
    if (isLineBlank(draft)) return;
    const f = (name: string) => `line.${index}.${name}`;
    const line: LineInput = {
      ...emptyLine(String(lines.length + 1)),
      ...draft.carried,
      description: draft.description.trim() || undefined,
      hsn: draft.hsn.trim(),
      isService: draft.isService,
      unitPrice: parseOr(parseErrors, f('price'), draft.price, (t) => parseUnitPrice(t, 'Unit price'), 0),
      discount: parseOr(parseErrors, f('discount'), draft.discount, (t) => parseRupees(t, 'Discount'), 0),
      gstRate: draft.gstRateMilli,
      cessRate: draft.cessRateMilli,
      cessNonAdvol: draft.cessNonAdvolPaise,
    };
    const qty = parseOr<number | undefined>(
      parseErrors,
      f('qty'),
      draft.qty,
      (t) => parseQuantity(t, 'Quantity'),
      undefined,
    );
    if (qty !== undefined) line.quantity = qty;
    if (draft.unit) line.unit = draft.unit;
    if (line.description === undefined) delete line.description;
    lines.push(line);
    lineIndex.push(index);
  });
  const input: InvoiceInput = { ...state.invoice, lines };
  const discount = parseOr(parseErrors, 'discount', state.discount, (t) => parseRupees(t, 'Discount'), 0);
  const otherCharges = parseOr(
    parseErrors,
    'otherCharges',
    state.otherCharges,
    (t) => parseRupees(t, 'Other charges'),
    0,
  );
  if (discount) input.discount = discount;
  else delete input.discount;
  if (otherCharges) input.otherCharges = otherCharges;
  else delete input.otherCharges;
  return { input, lineIndex, parseErrors };
}

/** Tax and totals, or null while the document is too incomplete to work out. */
export function computeOrNull(input: InvoiceInput): Invoice | null {
  try {
    return buildInvoice(input);
  } catch {
    return null;
  }
}
