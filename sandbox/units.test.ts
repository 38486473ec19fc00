/** Unit checks of the sandbox's building blocks against the reference's real samples (read in place). */
import { constants, generateKeyPairSync, publicEncrypt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIrpDateTime } from '../shared/time/ist';
import { rsaPkcs1Decrypt, decodeBase64 } from './crypto';
import { pinDistanceKm, stateOfPin } from './distance';
import { ewbValidTill } from './ewaybill';
import { gstinCheckChar, hasValidCheckChar } from './gstin';
import { computeIrn, formatAckNo, formatMinute } from './irn';
import { seedApiUsers, seedTaxpayers } from './seed';

const shared = path.resolve(__dirname, '../../shared');

describe('GSTIN check character', () => {
  it('agrees with the reference examples', () => {
    const rows = readFileSync(path.join(shared, 'irp/data/gstin-examples.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t') as [string, string]);
    expect(rows.length).toBeGreaterThan(8);
    for (const [gstin, ok] of rows) expect(hasValidCheckChar(gstin)).toBe(ok === 'yes');
    expect(gstinCheckChar('29AWGPV7107B1Z')).toBe('F');
  });

  it('seeds only valid GSTINs, the demo user first, and a second user in another state', () => {
    const taxpayers = seedTaxpayers();
    expect(taxpayers.every((t) => hasValidCheckChar(t.gstin))).toBe(true);
    const users = seedApiUsers(taxpayers);
    const demo = taxpayers.find((t) => t.gstin === users[0]?.gstin);
    expect(demo).toMatchObject({ status: 'ACT' });
    expect(demo?.aatoPaise).toBeLessThan(10 * 1e9);
    expect(users[1]?.gstin.slice(0, 2)).not.toBe(users[0]?.gstin.slice(0, 2));
    expect(
      taxpayers.filter((t) => t.stateCode === demo?.stateCode && t.status === 'ACT').length,
    ).toBeGreaterThanOrEqual(3);
    expect(new Set(taxpayers.map((t) => t.status))).toEqual(new Set(['ACT', 'INA', 'CNL']));
  });
});

describe('IRN and acknowledgement', () => {
  it('reproduces the real sandbox IRNs', () => {
    const samples = JSON.parse(
      readFileSync(path.join(shared, 'irp/data/decoded-signed-invoice-and-qr-samples.json'), 'utf8'),
    );
    for (const name of ['goods_item_with_ewaybill', 'service_item']) {
      const data = samples.samples[name].SignedInvoice.claims.data;
      const [d, m, y] = data.DocDtls.Dt.split('/').map(Number);
      const fy = m >= 4 ? `${y}-${String((y + 1) % 100)}` : `${y - 1}-${String(y % 100)}`;
      expect(computeIrn(data.SellerDtls.Gstin, fy, data.DocDtls.Typ, data.DocDtls.No)).toBe(data.Irn);
      expect(d).toBeGreaterThan(0);
    }
  });

  it('formats a 15-digit AckNo and minute-truncated times', () => {
    expect(formatAckNo('11', 2025, 42)).toBe(112510000000042);
    const at = parseIrpDateTime('2025-06-16 14:20:03') as Date;
    expect(formatMinute(at)).toBe('2025-06-16 14:20:00');
  });
});

describe('e-way bill validity', () => {
  it('matches the real samples: 2467 km from 16/09/2022 and 57 km from 22/02/2024', () => {
    const generated = parseIrpDateTime('2022-09-16 19:29:00') as Date;
    expect(formatMinute(ewbValidTill(generated, 2467, false))).toBe('2022-09-29 23:59:00');
    const short = parseIrpDateTime('2024-02-22 11:00:00') as Date;
    expect(formatMinute(ewbValidTill(short, 57, false))).toBe('2024-02-23 23:59:00');
    expect(formatMinute(ewbValidTill(short, 57, true))).toBe('2024-02-25 23:59:00');
  });

  it('estimates PIN distances of the right size', () => {
    expect(stateOfPin(500055)).toBe('36');
    expect(stateOfPin(403001)).toBe('30');
    expect(stateOfPin(990001)).toBeNull();
    // Real sample: 193501 (J&K) to 500055 (Telangana) was 2467 km.
    const far = pinDistanceKm(193501, 500055) as number;
    expect(far).toBeGreaterThan(2000);
    expect(far).toBeLessThan(3000);
    expect(pinDistanceKm(560058, 560058)).toBe(0);
    expect(pinDistanceKm(560058, 560100)).toBeLessThan(60);
    expect(pinDistanceKm(560058, 999999)).toBeNull();
  });
});

describe('crypto', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  it('opens RSA PKCS#1 v1.5 blocks and rejects anything else', () => {
    const msg = Buffer.from('eyJVc2VyTmFtZSI6ImEifQ==');
    const enc = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, msg);
    expect(rsaPkcs1Decrypt(privateKey, enc)?.toString()).toBe(msg.toString());
    const oaep = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING }, msg);
    expect(rsaPkcs1Decrypt(privateKey, oaep)).toBeNull();
    expect(rsaPkcs1Decrypt(privateKey, Buffer.alloc(10))).toBeNull();
  });

  it('accepts only standard padded base64', () => {
    expect(decodeBase64('QUJD')?.toString()).toBe('ABC');
    expect(decodeBase64('QUI=')?.toString()).toBe('AB');
    expect(decodeBase64('QUJ')).toBeNull();
    expect(decodeBase64('QU-_')).toBeNull();
    expect(decodeBase64(42)).toBeNull();
  });
});
