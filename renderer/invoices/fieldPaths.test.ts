import { describe, expect, it } from 'vitest';
import { fieldIdForPath, placeFindings } from './fieldPaths';

describe('fieldIdForPath', () => {
  // Editor lines 0 and 2 were sent (line 1 was blank): ItemList[1] is editor line 2.
  const lineIndex = [0, 2];

  it('maps item fields to the editor line they came from', () => {
    expect(fieldIdForPath('ItemList[1].HsnCd', lineIndex)).toBe('line.2.hsn');
    expect(fieldIdForPath('ItemList[0].Qty', lineIndex)).toBe('line.0.qty');
    expect(fieldIdForPath('ItemList[0].UnitPrice', lineIndex)).toBe('line.0.price');
    expect(fieldIdForPath('ItemList[1].GstRt', lineIndex)).toBe('line.2.gstRate');
    expect(fieldIdForPath('ItemList[1].Unit', lineIndex)).toBe('line.2.unit');
    expect(fieldIdForPath('ItemList[1].AssAmt', lineIndex)).toBe('line.2.description');
    expect(fieldIdForPath('ItemList[5].HsnCd', lineIndex)).toBe('lines');
    expect(fieldIdForPath('ItemList', lineIndex)).toBe('lines');
  });

  it('maps the header, the buyer and the references', () => {
    expect(fieldIdForPath('DocDtls.No', lineIndex)).toBe('docNo');
    expect(fieldIdForPath('DocDtls.Dt', lineIndex)).toBe('docDate');
    expect(fieldIdForPath('TranDtls.SupTyp', lineIndex)).toBe('supplyType');
    expect(fieldIdForPath('BuyerDtls.Pos', lineIndex)).toBe('placeOfSupply');
    expect(fieldIdForPath('BuyerDtls.Gstin', lineIndex)).toBe('party');
    expect(fieldIdForPath('BuyerDtls.Pin', lineIndex)).toBe('party');
    expect(fieldIdForPath('RefDtls.PrecDocDtls[0].InvNo', lineIndex)).toBe('preceding.number');
    expect(fieldIdForPath('RefDtls.PrecDocDtls[0].InvDt', lineIndex)).toBe('preceding.date');
    expect(fieldIdForPath('ShipDtls.Pin', lineIndex)).toBe('shipTo.pin');
    expect(fieldIdForPath('DispDtls.Nm', lineIndex)).toBe('dispatchFrom.name');
    expect(fieldIdForPath('ValDtls.RndOffAmt', lineIndex)).toBe('roundOff');
  });

  it('leaves what the editor does not show to the findings panel', () => {
    expect(fieldIdForPath('SellerDtls.Pin', lineIndex)).toBeNull();
    expect(fieldIdForPath('ValDtls.TotInvVal', lineIndex)).toBeNull();
    const placed = placeFindings(
      [
        { code: '2172', field: 'ItemList[1].HsnCd', message: 'HSN first' },
        { code: '2172', field: 'ItemList[1].HsnCd', message: 'HSN second' },
        { code: '3039', field: 'SellerDtls.Pin', message: 'Seller PIN' },
      ],
      lineIndex,
    );
    expect(placed.byField).toEqual({ 'line.2.hsn': 'HSN first' });
    expect(placed.unplaced.map((f) => f.message)).toEqual(['Seller PIN']);
  });
});
