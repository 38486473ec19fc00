/**
 * The real NIC sandbox documents (india-compliance test fixtures, read in place): every
 * invoice the sandbox registered passes with no errors; the only findings are the
 * sandbox GSTINs' failed structure checks (warnings when checks are relaxed, errors in
 * production) and the known 2245 / 2191 leniencies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateInv01, validateInvoice, type Finding } from '.';
import { fromInv01, type Inv01Invoice } from '../inv01';
import { parseIrpDateTime } from '../time/ist';

interface Sample {
  request_data?: Inv01Invoice;
  response_data?: { result?: { SignedInvoice?: string; AckDt?: string } };
}
const samples = JSON.parse(
  readFileSync('../shared/irp-data/india-compliance_test_e_invoice.json', 'utf8'),
) as Record<string, Sample>;

function signedData(jwt: string): Inv01Invoice & { AckDt: string } {
  const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as {
    data: string;
  };
  return JSON.parse(payload.data) as Inv01Invoice & { AckDt: string };
}

const summary = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.code} ${f.field}`).sort();

const registered = Object.entries(samples).filter(
  ([, s]) => typeof s.response_data?.result?.SignedInvoice === 'string',
);

describe('documents the NIC sandbox registered', () => {
  it.each(registered)('%s: no errors in sandbox mode, only the known warnings', (name, sample) => {
    const data = signedData(sample.response_data!.result!.SignedInvoice!);
    const now = parseIrpDateTime(data.AckDt)!;
    const findings = validateInvoice(fromInv01(data), { now, strictGstinChecksum: false });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const expected = [
      'warning 3028 BuyerDtls.Gstin',
      'warning 3028 ShipDtls.Gstin',
      'warning 3030 SellerDtls.Gstin',
      // Ship-to in Telangana, POS Jammu and Kashmir: accepted by the sandbox.
      ...(data.ShipDtls && data.ShipDtls.Stcd !== data.BuyerDtls.Pos ? ['warning 2245 ShipDtls.Stcd'] : []),
      // A debit note registered without a reference to the original invoice.
      ...(name === 'debit_invoice' ? ['warning 2191 RefDtls.PrecDocDtls'] : []),
    ].filter((line) => !line.includes('ShipDtls.Gstin') || data.ShipDtls?.Gstin !== undefined);
    expect(summary(findings)).toEqual(expected.sort());
    for (const f of findings.filter((x) => x.code === '3030' || x.code === '3028')) {
      expect(f.message).toContain('allowed in the sandbox, refused in production');
    }
  });

  it.each(registered)('%s: the same GSTINs are errors in production mode', (_name, sample) => {
    const data = signedData(sample.response_data!.result!.SignedInvoice!);
    const findings = validateInvoice(fromInv01(data), {
      now: parseIrpDateTime(data.AckDt)!,
      strictGstinChecksum: true,
    });
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(
      expect.arrayContaining(['3030', '3028']),
    );
  });

  it('reports the fields only the IRP adds to its signed copy as unknown, without errors', () => {
    const data = signedData(registered[0]![1].response_data!.result!.SignedInvoice!);
    const findings = validateInv01(data, { now: parseIrpDateTime(data.AckDt)!, strictGstinChecksum: false });
    expect(findings.filter((f) => f.code === 'L-UNKNOWN-FIELD').map((f) => f.field)).toEqual([
      'AckNo',
      'AckDt',
      'Irn',
      'ItemList[0].ItemNo',
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('request templates (before the ERP fills in the document number)', () => {
  const templates = Object.entries(samples).filter(([, s]) => s.request_data?.Version === '1.1');

  it.each(templates)('%s: the placeholder document number is caught by the schema', (_name, sample) => {
    const findings = validateInv01(sample.request_data, {
      now: new Date('2024-01-01T00:00:00Z'),
      strictGstinChecksum: false,
    });
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'L-FORMAT', field: 'DocDtls.No', severity: 'error' }),
    );
  });

  it('the export template writes its shipping bill date the wrong way round', () => {
    const findings = validateInv01(samples.foreign_transaction!.request_data, {
      now: new Date('2024-01-01T00:00:00Z'),
      strictGstinChecksum: false,
    });
    expect(findings).toContainEqual(expect.objectContaining({ code: 'L-FORMAT', field: 'ExpDtls.ShipBDt' }));
  });
});
