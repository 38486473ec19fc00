/**
 * The promise the vault exists for: after real use, nothing under the data folder holds a secret
 * in any form a reader could undo without the key (plain, UTF-16, hex, base64, URL or JSON escaped).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretCipher } from './cipher';
import { createKeyFileCipher } from './key-file-cipher';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { fakeSafeStorage, findSecretTraces, listFilesRecursive } from './testing';
import type { ApiProfileInput } from './types';
import { createVault } from './vault';

const A = '27AAPFU0939F1ZV';
const B = '29AAPFU0939F1ZR';
const SECRETS = {
  passwordA: 'Zebra!Quokka#Pw-8812',
  secretA: 'ClientSecret-AmberFalcon-5531',
  passwordB: 'Mango$Tiger%Pw-2290',
  secretB: 'ClientSecret-CobaltHeron-7764',
  replacedPassword: 'Old-Lotus&Pw-4417',
};
const all = Object.values(SECRETS);

const profile = (gstin: string): ApiProfileInput => ({
  gstin,
  environment: 'nic-irp1',
  userName: `API_${gstin.slice(0, 2)}`,
  clientId: `AAAA${gstin}`,
  integration: { mode: 'gsp', gspName: 'Example GSP', sync: 'synchronous' },
  whitelistedIps: ['203.0.113.10', '198.51.100.20'],
  notes: 'Accounts team laptop',
});

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-at-rest-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the secret scanner itself', () => {
  it('finds a secret written in each encoding a careless write would use', () => {
    const secret = SECRETS.secretA;
    const utf8 = Buffer.from(secret, 'utf8');
    const encodings: Record<string, Buffer> = {
      plain: utf8,
      utf16le: Buffer.from(secret, 'utf16le'),
      hex: Buffer.from(utf8.toString('hex')),
      HEX: Buffer.from(utf8.toString('hex').toUpperCase()),
      base64: Buffer.from(utf8.toString('base64')),
      base64shifted1: Buffer.from(Buffer.concat([Buffer.from('x'), utf8]).toString('base64')),
      base64shifted2: Buffer.from(Buffer.concat([Buffer.from('xy'), utf8]).toString('base64url')),
      json: Buffer.from(JSON.stringify({ secret })),
      url: Buffer.from(`a=${encodeURIComponent(secret)}&b=1`),
    };
    for (const [name, bytes] of Object.entries(encodings)) {
      const dir = path.join(root, name);
      fs.mkdirSync(path.join(dir, 'nested'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'nested', 'leak.bin'),
        Buffer.concat([Buffer.from('prefix '), bytes, Buffer.from(' suffix')]),
      );
      expect(findSecretTraces(dir, [secret]), name).toHaveLength(1);
    }
    fs.writeFileSync(path.join(root, 'clean.txt'), 'nothing to see');
    expect(findSecretTraces(path.join(root), [SECRETS.passwordB])).toEqual([]);
  });

  it('catches a vault whose "cipher" only encodes', () => {
    const dataDir = path.join(root, 'leaky');
    const base64Only: SecretCipher = {
      kind: 'aes-gcm-keyfile',
      encrypt: (plain) => `v1:${Buffer.from(plain).toString('base64')}`,
      decrypt: (blob) => Buffer.from(blob.slice(3), 'base64').toString(),
    };
    createVault({ dataDir, cipher: base64Only }).save(profile(A), {
      password: SECRETS.passwordA,
      clientSecret: SECRETS.secretA,
    });
    expect(findSecretTraces(dataDir, all).map((hit) => hit.file)).toEqual(['vault.json', 'vault.json']);
  });
});

const ciphers: [string, (dir: string) => SecretCipher][] = [
  ['key file', (dir) => createKeyFileCipher(dir)],
  ['safeStorage', () => createSafeStorageCipher(fakeSafeStorage())],
];

describe.each(ciphers)('data folder after use with the %s cipher', (_name, makeCipher) => {
  it('holds no secret in plain text', () => {
    const dataDir = path.join(root, 'data');
    const vault = createVault({ dataDir, cipher: makeCipher(dataDir) });
    vault.save(profile(A), { password: SECRETS.replacedPassword, clientSecret: SECRETS.secretA });
    vault.save(profile(A), { password: SECRETS.passwordA });
    vault.save(profile(B), { password: SECRETS.passwordB, clientSecret: SECRETS.secretB });
    vault.recordTest(A, { ok: true, summary: 'Login OK' });
    vault.save({ ...profile(B), notes: 'Updated without secrets' });

    // Use it as the app would: the secrets come back out, so they really are in there, encrypted.
    expect(createVault({ dataDir, cipher: makeCipher(dataDir) }).credentials(A)).toMatchObject({
      password: SECRETS.passwordA,
      clientSecret: SECRETS.secretA,
    });
    expect(vault.credentials(B)).toMatchObject({
      password: SECRETS.passwordB,
      clientSecret: SECRETS.secretB,
    });

    const files = listFilesRecursive(dataDir).map((f) => path.relative(dataDir, f));
    expect(files).toContain('vault.json');
    const text = fs.readFileSync(path.join(dataDir, 'vault.json'), 'utf8');
    expect(text).toContain(A);
    expect(text).toContain('Example GSP');
    expect(findSecretTraces(dataDir, all)).toEqual([]);

    vault.remove(B);
    expect(findSecretTraces(dataDir, all)).toEqual([]);
    expect(fs.readFileSync(path.join(dataDir, 'vault.json'), 'utf8')).not.toContain(B);
  });
});
