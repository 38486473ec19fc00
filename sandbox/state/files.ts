/**
 * The state directory's plain files (ARCHITECTURE.md contract): created on first start, read as-is on
 * every later start so a user may edit api-users.json or taxpayers.json between runs.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRsaPair, createSigningCert } from '../keys';
import { seedApiUsers, seedTaxpayers } from '../seed';
import type { ApiUser, Taxpayer } from '../types';

export const FILES = {
  encryptionPublicKey: 'encryption-public-key.pem',
  encryptionPrivateKey: 'encryption-private-key.pem',
  signingCert: 'signing-cert.pem',
  signingPrivateKey: 'signing-private-key.pem',
  apiUsers: 'api-users.json',
  taxpayers: 'taxpayers.json',
  database: 'sandbox.sqlite',
} as const;

export interface StateFiles {
  encryptionPublicKeyPem: string;
  encryptionPrivateKeyPem: string;
  signingCertPem: string;
  signingPrivateKeyPem: string;
  apiUsers: ApiUser[];
  taxpayers: Taxpayer[];
}

async function readIfPresent(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function loadOrCreateStateFiles(dir: string, now: Date): Promise<StateFiles> {
  await mkdir(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);

  let encryptionPublicKeyPem = await readIfPresent(at(FILES.encryptionPublicKey));
  let encryptionPrivateKeyPem = await readIfPresent(at(FILES.encryptionPrivateKey));
  if (!encryptionPublicKeyPem || !encryptionPrivateKeyPem) {
    const pair = await createRsaPair();
    encryptionPublicKeyPem = pair.publicKeyPem;
    encryptionPrivateKeyPem = pair.privateKeyPem;
    await writeFile(at(FILES.encryptionPrivateKey), encryptionPrivateKeyPem, { mode: 0o600 });
    await writeFile(at(FILES.encryptionPublicKey), encryptionPublicKeyPem);
  }

  let signingCertPem = await readIfPresent(at(FILES.signingCert));
  let signingPrivateKeyPem = await readIfPresent(at(FILES.signingPrivateKey));
  if (!signingCertPem || !signingPrivateKeyPem) {
    const pair = await createRsaPair();
    signingPrivateKeyPem = pair.privateKeyPem;
    signingCertPem = await createSigningCert(pair, now);
    await writeFile(at(FILES.signingPrivateKey), signingPrivateKeyPem, { mode: 0o600 });
    await writeFile(at(FILES.signingCert), signingCertPem);
  }

  const taxpayersText = await readIfPresent(at(FILES.taxpayers));
  const taxpayers = taxpayersText ? (JSON.parse(taxpayersText) as Taxpayer[]) : seedTaxpayers();
  if (!taxpayersText) await writeFile(at(FILES.taxpayers), `${JSON.stringify(taxpayers, null, 2)}\n`);

  const usersText = await readIfPresent(at(FILES.apiUsers));
  const apiUsers = usersText ? (JSON.parse(usersText) as ApiUser[]) : seedApiUsers(taxpayers);
  if (!usersText) await writeFile(at(FILES.apiUsers), `${JSON.stringify(apiUsers, null, 2)}\n`);

  return {
    encryptionPublicKeyPem,
    encryptionPrivateKeyPem,
    signingCertPem,
    signingPrivateKeyPem,
    apiUsers,
    taxpayers,
  };
}
