/**
 * Test support: a stand-in for Electron's safeStorage (no `electron` import in unit tests) and a
 * scanner that looks for secrets in every file of a folder, in the encodings a careless write
 * would leave them in.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SafeStorageLike } from './safe-storage-cipher';

const MAGIC = Buffer.from('FAKESS');

/** XOR + header: not security, just a reversible transform that rejects foreign input like DPAPI would. */
export function fakeSafeStorage(
  options: { available?: boolean; backend?: string; mask?: number } = {},
): SafeStorageLike {
  const mask = options.mask ?? 0x5a;
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ mask));
  // The header carries the mask, so another "user's" blob fails the way DPAPI fails for them.
  const header = Buffer.concat([MAGIC, Buffer.from([mask])]);
  const fake: SafeStorageLike = {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (s) => Buffer.concat([header, xor(Buffer.from(s, 'utf8'))]),
    decryptString: (b) => {
      if (!b.subarray(0, header.length).equals(header))
        throw new Error('Error while decrypting the ciphertext');
      return xor(b.subarray(header.length)).toString('utf8');
    },
  };
  if (options.backend !== undefined) fake.getSelectedStorageBackend = () => options.backend!;
  return fake;
}

export function listFilesRecursive(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFilesRecursive(full) : [full];
  });
}

/**
 * Byte patterns a secret would show up as: raw UTF-8 and UTF-16LE (Windows), hex, base64 at each
 * of the three alignments a secret can sit at inside a longer base64 run, URL and JSON escapes.
 */
export function secretNeedles(secret: string): Buffer[] {
  const utf8 = Buffer.from(secret, 'utf8');
  // ASCII renderings, compared byte for byte.
  const ascii = new Set<string>([
    utf8.toString('hex'),
    utf8.toString('hex').toUpperCase(),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
  ]);
  for (let shift = 0; shift < 3; shift++) {
    const b64 = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64');
    // Drop the characters that mix in the padding bytes before and the unknown bytes after.
    const start = Math.ceil((shift * 4) / 3);
    const end = Math.floor(((shift + utf8.length) * 4) / 3);
    ascii.add(b64.slice(start, end));
    ascii.add(b64.slice(start, end).replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [utf8, Buffer.from(secret, 'utf16le'), ...[...ascii].map((n) => Buffer.from(n, 'latin1'))].filter(
    (n) => n.length >= 8,
  );
}

/** Every (file, secret) pair where some encoding of the secret appears; empty when clean. */
export function findSecretTraces(dir: string, secrets: string[]): { file: string; secret: string }[] {
  const hits: { file: string; secret: string }[] = [];
  for (const file of listFilesRecursive(dir)) {
    const bytes = fs.readFileSync(file);
    // Text views too, so a secret split by a different encoding of the same file still matches.
    const text = bytes.toString('utf8');
    const lower = bytes.toString('latin1').toLowerCase();
    for (const secret of secrets) {
      const found =
        secretNeedles(secret).some((n) => bytes.includes(n)) ||
        text.includes(secret) ||
        lower.includes(Buffer.from(secret, 'utf8').toString('hex'));
      if (found) hits.push({ file: path.relative(dir, file), secret: `${secret.slice(0, 2)}…` });
    }
  }
  return hits;
}
