import { describe, expect, it } from 'vitest';
import { sampleIntraStateInput, sampleLine } from '../../shared/invoice';
import { buildInvoice } from '../../shared/tax';
import { ITEM } from '../testing/fakeDesk';
import { lineFromItem, stateFromInvoice, toInvoiceInput } from './editorModel';

describe('editor model', () => {
  it('keeps what a line holds without a box of its own, so opening and saving changes no amount', () => {
    const input = sampleIntraStateInput();
    input.lines = [
      sampleLine('1', {
        otherCharges: 10_000,
        stateCessRate: 1_000,
        stateCessNonAdvol: 500,
        freeQuantity: 2_000,
        batch: { name: 'B-17' },
      }),
      sampleLine('2'),
    ];
    input.discount = 5_000;
    input.otherCharges = 2_500;
    const before = buildInvoice(input);
    const { input: saved, parseErrors } = toInvoiceInput(stateFromInvoice(input, 1, null));
    expect(parseErrors).toEqual({});
    expect(saved.lines[0]).toMatchObject({
      serialNo: '1',
      otherCharges: 10_000,
      stateCessRate: 1_000,
      stateCessNonAdvol: 500,
      freeQuantity: 2_000,
      batch: { name: 'B-17' },
    });
    expect(buildInvoice(saved).totals).toEqual(before.totals);
  });

  it('does not carry computed amounts of a line read back from an INV-01', () => {
    const invoice = buildInvoice({
      ...sampleIntraStateInput(),
      lines: [sampleLine('7', { otherCharges: 300 })],
    });
    const { input: saved } = toInvoiceInput(stateFromInvoice(invoice, 1, null));
    expect(saved.lines[0]).not.toHaveProperty('amounts');
    expect(saved.lines[0]).toMatchObject({ serialNo: '1', otherCharges: 300 });
  });

  it("clears the old item's state cess when another item is chosen, and keeps the line's own charges", () => {
    const input = sampleIntraStateInput();
    input.lines = [sampleLine('1', { otherCharges: 10_000, stateCessRate: 1_000, stateCessNonAdvol: 500 })];
    const state = stateFromInvoice(input, 1, null);
    const changed = { ...state, lines: [lineFromItem(state.lines[0]!, ITEM), ...state.lines.slice(1)] };
    const [line] = toInvoiceInput(changed).input.lines;
    expect(line).toMatchObject({
      otherCharges: 10_000,
      stateCessRate: 0,
      stateCessNonAdvol: 0,
      hsn: ITEM.hsnCode,
    });
  });
});
