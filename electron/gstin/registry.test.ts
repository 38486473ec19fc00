import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../ledger';
import { memoryLedger } from '../ledger/testing';
import { createKeyFileCipher } from '../vault/key-file-cipher';
import type { ApiProfileInput } from '../vault/types';
import { createVault } from '../vault/vault';
import { IrpRegistry, PROFILE_RECHECK_MS } from './registry';

const GSTIN = '29AAGCV4521M1ZW';
const publicKeyPem = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString();
const profile = (baseUrl: string): ApiProfileInput => ({
  gstin: GSTIN,
  environment: 'custom',
  baseUrl,
  userName: 'API_vasundhara',
  clientId: 'AAAAclientid1234',
  integration: { mode: 'direct', sync: 'synchronous' },
  whitelistedIps: [],
  encryptionPublicKeyPem: publicKeyPem,
});
const SECRETS = { password: 'Quokka#Pass-7391', clientSecret: 'CS-falcon-amber-5520' };

describe('IrpRegistry.client', () => {
  let dir: string;
  let ledger: Ledger;
  let elapsed: number;
  let clock: Date;
  const now = () => clock;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    ledger = await memoryLedger();
    elapsed = 0;
    clock = new Date('2025-04-01T04:30:00.000Z');
  });
  afterEach(() => {
    ledger.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function registryOn(vault: ReturnType<typeof createVault>) {
    return new IrpRegistry({
      vault,
      ledger,
      sandbox: () => Promise.reject(new Error('no built-in sandbox in this test')),
      now,
      actor: 'cli',
      elapsedMs: () => elapsed,
    });
  }

  it('notices a change made by another process on the same data folder within the recheck time', async () => {
    const ours = createVault({ dataDir: dir, cipher: createKeyFileCipher(dir), now });
    ours.save(profile('https://gsp-one.example.in'), SECRETS);
    const registry = registryOn(ours);
    const first = await registry.client(GSTIN);
    expect(first.endpoint.baseUrl).toBe('https://gsp-one.example.in');

    // The other process (the app, say) moves the GSTIN to another GSP through its own vault.
    clock = new Date(clock.getTime() + 60_000);
    const theirs = createVault({ dataDir: dir, cipher: createKeyFileCipher(dir), now });
    theirs.save(profile('https://gsp-two.example.in'));

    // A batch's next calls keep the client without reading the vault for each one...
    elapsed = PROFILE_RECHECK_MS - 1;
    expect(await registry.client(GSTIN)).toBe(first);
    // ...and the change is picked up once the recheck time has passed.
    elapsed = PROFILE_RECHECK_MS;
    const second = await registry.client(GSTIN);
    expect(second).not.toBe(first);
    expect(second.endpoint.baseUrl).toBe('https://gsp-two.example.in');
  });

  it('takes this process’s own changes at once through forget', async () => {
    const vault = createVault({ dataDir: dir, cipher: createKeyFileCipher(dir), now });
    vault.save(profile('https://gsp-one.example.in'), SECRETS);
    const registry = registryOn(vault);
    const first = await registry.client(GSTIN.toLowerCase());
    clock = new Date(clock.getTime() + 60_000);
    vault.save(profile('https://gsp-two.example.in'));
    registry.forget(GSTIN);
    expect((await registry.client(GSTIN)).endpoint.baseUrl).toBe('https://gsp-two.example.in');
    expect(first.endpoint.baseUrl).toBe('https://gsp-one.example.in');
  });

  it('keeps the client when the profile is unchanged after the recheck time', async () => {
    const vault = createVault({ dataDir: dir, cipher: createKeyFileCipher(dir), now });
    vault.save(profile('https://gsp-one.example.in'), SECRETS);
    const registry = registryOn(vault);
    const first = await registry.client(GSTIN);
    elapsed = 10 * PROFILE_RECHECK_MS;
    expect(await registry.client(GSTIN)).toBe(first);
  });
});
