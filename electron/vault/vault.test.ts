import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretCipher } from './cipher';
import { VaultError, VaultErrorCode } from './errors';
import { createKeyFileCipher } from './key-file-cipher';
import { groupByPan, maskClientId } from './mask';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { createMemoryStore } from './store';
import { fakeSafeStorage } from './testing';
import type { ApiProfileInput, Secrets } from './types';
import { createVault, type Vault } from './vault';

const GSTIN = '27AAPFU0939F1ZV';
const SECRETS: Secrets = { password: 'Quokka#Pass-7391', clientSecret: 'CS-falcon-amber-5520' };
const profile: ApiProfileInput = {
  gstin: GSTIN,
  environment: 'nic-sandbox',
  userName: 'API_acme',
  clientId: 'AAAAclientid1234',
  integration: { mode: 'direct', sync: 'synchronous' },
  whitelistedIps: [],
  notes: 'Head office',
};

let dir: string;
let clock: Date;
const now = () => clock;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-'));
  clock = new Date('2025-04-01T04:30:00.000Z');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function errorOf(fn: () => unknown): VaultError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    return error as VaultError;
  }
  throw new Error('expected a VaultError');
}

const ciphers: [string, () => SecretCipher][] = [
  ['key file', () => createKeyFileCipher(dir)],
  ['safeStorage', () => createSafeStorageCipher(fakeSafeStorage())],
];

describe.each(ciphers)('vault on conf with the %s cipher', (_name, makeCipher) => {
  let vault: Vault;
  beforeEach(() => {
    vault = createVault({ dataDir: dir, cipher: makeCipher(), now });
  });

  it('round-trips a profile and its credentials, and survives a restart', () => {
    const saved = vault.save(profile, SECRETS);
    expect(saved.hasPassword && saved.hasClientSecret).toBe(true);
    const reopened = createVault({ dataDir: dir, cipher: makeCipher(), now });
    expect(reopened.credentials(GSTIN)).toEqual({
      gstin: GSTIN,
      userName: 'API_acme',
      password: SECRETS.password,
      clientId: 'AAAAclientid1234',
      clientSecret: SECRETS.clientSecret,
    });
    expect(reopened.get(GSTIN)).toMatchObject({
      ...profile,
      createdAt: clock.toISOString(),
      updatedAt: clock.toISOString(),
    });
    expect(fs.existsSync(path.join(dir, 'vault.json'))).toBe(true);
  });

  it('keeps secrets (and the client id) when an update omits them', () => {
    vault.save(profile, SECRETS);
    clock = new Date('2025-04-02T04:30:00.000Z');
    const { clientId: _omit, ...withoutClientId } = profile;
    vault.save({ ...withoutClientId, notes: 'Moved to Pune' });
    expect(vault.credentials(GSTIN)).toMatchObject({ ...SECRETS, clientId: 'AAAAclientid1234' });
    const stored = vault.get(GSTIN)!;
    expect(stored.notes).toBe('Moved to Pune');
    expect(stored.createdAt).toBe('2025-04-01T04:30:00.000Z');
    expect(stored.updatedAt).toBe('2025-04-02T04:30:00.000Z');
  });

  it('replaces only the secret an update sends', () => {
    vault.save(profile, SECRETS);
    vault.save(profile, { password: 'New-Pass-0001' });
    expect(vault.credentials(GSTIN)).toMatchObject({
      password: 'New-Pass-0001',
      clientSecret: SECRETS.clientSecret,
    });
  });

  it('needs both secrets and the client id for a new GSTIN', () => {
    expect(errorOf(() => vault.save(profile)).field).toBe('password');
    expect(errorOf(() => vault.save(profile, { password: 'x' })).field).toBe('clientSecret');
    const { clientId: _omit, ...withoutClientId } = profile;
    expect(errorOf(() => vault.save(withoutClientId, SECRETS)).field).toBe('clientId');
    expect(vault.list()).toEqual([]);
  });

  it('removes a profile with its secrets', () => {
    vault.save(profile, SECRETS);
    expect(vault.remove(GSTIN.toLowerCase())).toBe(true);
    expect(vault.remove(GSTIN)).toBe(false);
    expect(vault.get(GSTIN)).toBeUndefined();
    expect(errorOf(() => vault.credentials(GSTIN)).code).toBe(VaultErrorCode.NotFound);
    // A fresh save must ask for secrets again: nothing was kept behind.
    expect(errorOf(() => vault.save(profile)).field).toBe('password');
  });
});

describe('vault behaviour', () => {
  let vault: Vault;
  const store = () => createMemoryStore();
  beforeEach(() => {
    vault = createVault({ dataDir: dir, cipher: createKeyFileCipher(dir), store: store(), now });
  });

  it('masked() carries flags and a masked client id, never a secret or the client id', () => {
    vault.save({ ...profile, whitelistedIps: ['203.0.113.7'] }, SECRETS);
    const masked = vault.masked(GSTIN);
    expect(masked).toMatchObject({
      hasPassword: true,
      hasClientSecret: true,
      clientIdMasked: 'AAAA••••••••1234',
    });
    expect(masked).not.toHaveProperty('clientId');
    expect(masked).not.toHaveProperty('password');
    expect(masked).not.toHaveProperty('clientSecret');
    for (const shape of [masked, vault.listMasked(), vault.save(profile)]) {
      const json = JSON.stringify(shape);
      expect(json).not.toContain(SECRETS.password);
      expect(json).not.toContain(SECRETS.clientSecret);
      expect(json).not.toContain('AAAAclientid1234');
      expect(json).not.toMatch(/v1:/);
    }
    expect(Object.keys(masked).sort()).toEqual(
      [
        'clientIdMasked',
        'createdAt',
        'environment',
        'gstin',
        'hasClientSecret',
        'hasPassword',
        'integration',
        'notes',
        'updatedAt',
        'userName',
        'whitelistedIps',
      ].sort(),
    );
  });

  it('stores only known profile fields, so a secret sent in the wrong place is dropped', () => {
    const sloppy = { ...profile, password: SECRETS.password, token: 'abc' } as ApiProfileInput;
    vault.save(sloppy, SECRETS);
    expect(vault.get(GSTIN)).not.toHaveProperty('password');
    expect(vault.get(GSTIN)).not.toHaveProperty('token');
  });

  it('masks client ids of every length without revealing the length', () => {
    expect(maskClientId('AAAAclientid1234')).toBe('AAAA••••••••1234');
    expect(maskClientId('ABCDEFGHIJ')).toBe('AB••••••••IJ');
    expect(maskClientId('short')).toBe('••••••••');
  });

  it('lists sorted by GSTIN and groups by PAN', () => {
    const gstins = ['29AAPFU0939F1ZR', '27AAPFU0939F1ZV', '24AAACJ3770E2ZV', '05AAACG2115R1ZN'];
    for (const gstin of gstins) vault.save({ ...profile, gstin }, SECRETS);
    expect(vault.list().map((p) => p.gstin)).toEqual([...gstins].sort());
    const groups = groupByPan(vault.listMasked());
    expect(groups.map((g) => [g.pan, g.profiles.map((p) => p.gstin)])).toEqual([
      ['AAACG2115R', ['05AAACG2115R1ZN']],
      ['AAACJ3770E', ['24AAACJ3770E2ZV']],
      ['AAPFU0939F', ['27AAPFU0939F1ZV', '29AAPFU0939F1ZR']],
    ]);
  });

  it('records a connection test and forgets it when the connection settings change', () => {
    vault.save(profile, SECRETS);
    const tested = vault.recordTest(GSTIN, { ok: true, summary: 'Health, login and GSTIN details OK' });
    expect(tested.lastTest).toEqual({
      at: clock.toISOString(),
      ok: true,
      summary: 'Health, login and GSTIN details OK',
    });
    expect(vault.save({ ...profile, notes: 'only notes' }).lastTest).toBeDefined();
    expect(vault.save(profile, { password: 'Changed-1' }).lastTest).toBeUndefined();
    vault.recordTest(GSTIN, { ok: true, summary: 'ok' });
    expect(vault.save({ ...profile, userName: 'API_other' }).lastTest).toBeUndefined();
    expect(errorOf(() => vault.recordTest('24AAACJ3770E2ZV', { ok: true, summary: '' })).code).toBe(
      VaultErrorCode.NotFound,
    );
  });

  it('names the GSTIN field for unknown or malformed GSTINs', () => {
    expect(errorOf(() => vault.masked('24AAACJ3770E2ZV'))).toMatchObject({
      code: VaultErrorCode.NotFound,
      field: 'gstin',
    });
    expect(errorOf(() => vault.credentials('nope'))).toMatchObject({
      code: VaultErrorCode.Invalid,
      field: 'gstin',
    });
    expect(vault.get('24AAACJ3770E2ZV')).toBeUndefined();
  });

  it('turns a tampered stored secret into a VaultError naming the field', () => {
    const memory = createMemoryStore();
    const v = createVault({ dataDir: dir, cipher: createKeyFileCipher(dir), store: memory });
    v.save(profile, SECRETS);
    const secrets = memory.get('secrets') as Record<string, { password: string }>;
    const blob = secrets[GSTIN]!.password;
    secrets[GSTIN]!.password = blob.slice(0, -4) + (blob.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    memory.set('secrets', secrets);
    expect(errorOf(() => v.credentials(GSTIN))).toMatchObject({
      code: VaultErrorCode.Decrypt,
      field: 'password',
    });
  });

  it('says plainly when the secrets were saved by the other cipher, and reads them when allowed to', () => {
    const memory = createMemoryStore();
    const keyFile = createKeyFileCipher(dir);
    createVault({ dataDir: dir, cipher: keyFile, store: memory }).save(profile, SECRETS);
    const safe = createSafeStorageCipher(fakeSafeStorage());

    const strict = createVault({ dataDir: dir, cipher: safe, store: memory });
    const error = errorOf(() => strict.credentials(GSTIN));
    expect(error.code).toBe(VaultErrorCode.CipherMismatch);
    expect(error.message).toMatch(/Enter the password and client secret again/);
    // Keeping one old secret would need to read it: refused the same way.
    expect(errorOf(() => strict.save(profile, { password: 'p' })).code).toBe(VaultErrorCode.CipherMismatch);

    const lenient = createVault({ dataDir: dir, cipher: safe, alsoRead: [keyFile], store: memory });
    expect(lenient.credentials(GSTIN)).toMatchObject(SECRETS);
    // An update re-encrypts the kept secret with the current cipher.
    lenient.save(profile, { password: 'Fresh-Pass-42' });
    expect((memory.get('secrets') as Record<string, { cipherKind: string }>)[GSTIN]!.cipherKind).toBe(
      'safeStorage',
    );
    expect(strict.credentials(GSTIN)).toMatchObject({
      password: 'Fresh-Pass-42',
      clientSecret: SECRETS.clientSecret,
    });
  });

  it('reports missing secrets for a profile written without them', () => {
    const memory = createMemoryStore();
    const v = createVault({ dataDir: dir, cipher: createKeyFileCipher(dir), store: memory });
    v.save(profile, SECRETS);
    memory.set('secrets', {});
    expect(v.masked(GSTIN)).toMatchObject({ hasPassword: false, hasClientSecret: false });
    expect(errorOf(() => v.credentials(GSTIN))).toMatchObject({
      code: VaultErrorCode.NotFound,
      field: 'password',
    });
    // With nothing stored, an update has to supply both again.
    expect(errorOf(() => v.save(profile)).field).toBe('password');
  });

  it('ignores junk in the store instead of crashing, and never consults Object.prototype', () => {
    const memory = createMemoryStore();
    memory.set('profiles', ['not', 'a', 'record']);
    const v = createVault({ dataDir: dir, cipher: createKeyFileCipher(dir), store: memory });
    expect(v.list()).toEqual([]);
    expect(() => v.get('__proto__')).toThrow(VaultError);
  });
});

describe('vault file problems', () => {
  it('reports a damaged vault.json plainly instead of emptying it', () => {
    fs.writeFileSync(path.join(dir, 'vault.json'), '{"profiles": {');
    const error = errorOf(() => createVault({ dataDir: dir, cipher: createKeyFileCipher(dir) }).list());
    expect(error.code).toBe(VaultErrorCode.Storage);
    expect(error.message).toMatch(/vault\.json is damaged/);
    expect(fs.readFileSync(path.join(dir, 'vault.json'), 'utf8')).toBe('{"profiles": {');
  });

  it.skipIf(process.platform === 'win32')('writes vault.json owner-only on POSIX', () => {
    createVault({ dataDir: dir, cipher: createKeyFileCipher(dir) }).save(profile, SECRETS);
    expect(fs.statSync(path.join(dir, 'vault.json')).mode & 0o777).toBe(0o600);
  });
});
