import crypto, { webcrypto } from 'node:crypto';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { VaultError } from './errors';
import type { ApiProfileInput } from './types';
import { normalizeBaseUrl, validateProfileInput, validateSecrets } from './validate';

const base: ApiProfileInput = {
  gstin: '27AAPFU0939F1ZV',
  environment: 'nic-irp1',
  userName: 'API_acme',
  clientId: 'AAAAclientid1234',
  integration: { mode: 'direct', sync: 'synchronous' },
  whitelistedIps: ['203.0.113.10'],
  notes: '',
};

/** The field a refusal names, or undefined when the input passes. */
function refusedField(input: unknown): string | undefined {
  try {
    validateProfileInput(input);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).message.length).toBeGreaterThan(10);
    return (error as VaultError).field;
  }
}

let publicKeyPem: string;
let certPem: string;
beforeAll(async () => {
  publicKeyPem = crypto
    .generateKeyPairSync('rsa', { modulusLength: 2048 })
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString();
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const alg = {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: 2048,
  };
  const keys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=Test IRP signer',
    notBefore: new Date('2024-01-01T00:00:00Z'),
    notAfter: new Date('2034-01-01T00:00:00Z'),
    signingAlgorithm: alg,
    keys: keys as CryptoKeyPair,
  });
  certPem = cert.toString('pem');
});

describe('validateProfileInput', () => {
  it('normalises a good profile', () => {
    const out = validateProfileInput({
      ...base,
      gstin: ' 27aapfu0939f1zv ',
      userName: ' API_acme ',
      notes: undefined,
    });
    expect(out.gstin).toBe('27AAPFU0939F1ZV');
    expect(out.userName).toBe('API_acme');
    expect(out.notes).toBe('');
    expect(out.baseUrl).toBeUndefined();
  });

  it('names the field of every refusal', () => {
    expect(refusedField(null)).toBe('profile');
    expect(refusedField({ ...base, gstin: '27AAPFU0939F1Z' })).toBe('gstin');
    expect(refusedField({ ...base, gstin: 'A7AAPFU0939F1ZV' })).toBe('gstin');
    expect(refusedField({ ...base, environment: 'prod' })).toBe('environment');
    expect(refusedField({ ...base, userName: '  ' })).toBe('userName');
    expect(refusedField({ ...base, clientId: '' })).toBe('clientId');
    expect(refusedField({ ...base, clientId: 'has space' })).toBe('clientId');
    expect(refusedField({ ...base, integration: undefined })).toBe('integration');
    expect(refusedField({ ...base, integration: { mode: 'api', sync: 'synchronous' } })).toBe(
      'integration.mode',
    );
    expect(refusedField({ ...base, integration: { mode: 'direct', sync: 'later' } })).toBe(
      'integration.sync',
    );
    expect(refusedField({ ...base, integration: { mode: 'gsp', sync: 'synchronous' } })).toBe(
      'integration.gspName',
    );
    expect(refusedField({ ...base, notes: 'x'.repeat(2001) })).toBe('notes');
  });

  it('accepts sandbox GSTINs that only have the IRP shape (NIC test GSTINs fail the checksum)', () => {
    expect(refusedField({ ...base, gstin: '29AWGPV7107B1Z1' })).toBeUndefined();
  });

  it('keeps the GSP name only for GSP integration', () => {
    expect(
      validateProfileInput({
        ...base,
        integration: { mode: 'gsp', gspName: ' Vayana ', sync: 'asynchronous' },
      }).integration,
    ).toEqual({
      mode: 'gsp',
      gspName: 'Vayana',
      sync: 'asynchronous',
    });
    expect(
      validateProfileInput({ ...base, integration: { mode: 'direct', gspName: 'X', sync: 'synchronous' } })
        .integration,
    ).toEqual({
      mode: 'direct',
      sync: 'synchronous',
    });
  });

  describe('whitelisted IPs', () => {
    it('allows at most four in production, with a plain message', () => {
      const five = ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4', '203.0.113.5'];
      expect(refusedField({ ...base, whitelistedIps: five.slice(0, 4) })).toBeUndefined();
      expect(() => validateProfileInput({ ...base, whitelistedIps: five })).toThrow(
        /at most 4 whitelisted IP/,
      );
      expect(refusedField({ ...base, environment: 'nic-irp2', whitelistedIps: five })).toBe('whitelistedIps');
      expect(refusedField({ ...base, environment: 'nic-sandbox', whitelistedIps: five })).toBeUndefined();
    });

    it('names the entry that is not an IPv4 address, or repeated', () => {
      expect(refusedField({ ...base, whitelistedIps: ['203.0.113.1', '203.0.113.300'] })).toBe(
        'whitelistedIps[1]',
      );
      expect(refusedField({ ...base, whitelistedIps: ['2001:db8::1'] })).toBe('whitelistedIps[0]');
      expect(refusedField({ ...base, whitelistedIps: ['203.0.113.01'] })).toBe('whitelistedIps[0]');
      expect(refusedField({ ...base, whitelistedIps: ['203.0.113.1', ' 203.0.113.1'] })).toBe(
        'whitelistedIps[1]',
      );
      expect(refusedField({ ...base, whitelistedIps: '203.0.113.1' })).toBe('whitelistedIps');
    });

    it('refuses private addresses for production only', () => {
      for (const ip of ['192.168.1.5', '10.0.0.1', '172.20.1.1', '127.0.0.1', '100.64.0.1', '169.254.1.1']) {
        expect(refusedField({ ...base, whitelistedIps: [ip] })).toBe('whitelistedIps[0]');
        expect(refusedField({ ...base, environment: 'nic-sandbox', whitelistedIps: [ip] })).toBeUndefined();
      }
      expect(refusedField({ ...base, whitelistedIps: ['172.32.0.1'] })).toBeUndefined();
    });
  });

  describe('base URL', () => {
    it('is required for custom and must be https or loopback http', () => {
      expect(refusedField({ ...base, environment: 'custom' })).toBe('baseUrl');
      expect(refusedField({ ...base, environment: 'custom', baseUrl: 'http://gsp.example.com' })).toBe(
        'baseUrl',
      );
      expect(refusedField({ ...base, environment: 'custom', baseUrl: 'ftp://gsp.example.com' })).toBe(
        'baseUrl',
      );
      expect(refusedField({ ...base, environment: 'custom', baseUrl: 'not a url' })).toBe('baseUrl');
      expect(refusedField({ ...base, environment: 'custom', baseUrl: 'https://u:p@gsp.example.com' })).toBe(
        'baseUrl',
      );
      expect(normalizeBaseUrl(' https://gsp.example.com/einv/ ')).toBe('https://gsp.example.com/einv');
      expect(normalizeBaseUrl('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
      expect(normalizeBaseUrl('http://localhost:4010/')).toBe('http://localhost:4010');
      expect(normalizeBaseUrl('http://[::1]:4010')).toBe('http://[::1]:4010');
    });

    it('is dropped for environments that know their own URL', () => {
      expect(validateProfileInput({ ...base, baseUrl: 'https://elsewhere.example' }).baseUrl).toBeUndefined();
    });
  });

  describe('public key and certificate', () => {
    it('accepts a real RSA public key and X.509 certificate', () => {
      const out = validateProfileInput({
        ...base,
        encryptionPublicKeyPem: publicKeyPem,
        signingCertPem: certPem,
      });
      expect(out.encryptionPublicKeyPem).toContain('BEGIN PUBLIC KEY');
      expect(out.signingCertPem).toContain('BEGIN CERTIFICATE');
      expect(
        validateProfileInput({ ...base, encryptionPublicKeyPem: '  ' }).encryptionPublicKeyPem,
      ).toBeUndefined();
    });

    it('refuses text that is not one, naming the field', () => {
      expect(refusedField({ ...base, encryptionPublicKeyPem: 'hello' })).toBe('encryptionPublicKeyPem');
      const truncated = publicKeyPem
        .split('\n')
        .filter((_, i) => i !== 2)
        .join('\n');
      expect(refusedField({ ...base, encryptionPublicKeyPem: truncated })).toBe('encryptionPublicKeyPem');
      const ecKey = crypto
        .generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .publicKey.export({ type: 'spki', format: 'pem' });
      expect(refusedField({ ...base, encryptionPublicKeyPem: ecKey.toString() })).toBe(
        'encryptionPublicKeyPem',
      );
      expect(refusedField({ ...base, signingCertPem: publicKeyPem })).toBe('signingCertPem');
    });
  });
});

describe('validateSecrets', () => {
  function refused(secrets: unknown, required: boolean): string | undefined {
    try {
      validateSecrets(secrets, required);
      return undefined;
    } catch (error) {
      const e = error as VaultError;
      expect(e.message).not.toContain('hunter2');
      return e.field;
    }
  }

  it('needs both for a new profile and neither for an update', () => {
    expect(refused({ password: 'hunter2' }, true)).toBe('clientSecret');
    expect(refused({ clientSecret: 'hunter2' }, true)).toBe('password');
    expect(refused(undefined, true)).toBe('password');
    expect(validateSecrets(undefined, false)).toEqual({});
    expect(validateSecrets({ password: '', clientSecret: 'abc' }, false)).toEqual({ clientSecret: 'abc' });
  });

  it('keeps secrets exactly as typed but refuses pasted line breaks and blanks', () => {
    expect(validateSecrets({ password: ' p@ss word ', clientSecret: 'x' }, true)).toEqual({
      password: ' p@ss word ',
      clientSecret: 'x',
    });
    expect(refused({ password: 'hunter2\n', clientSecret: 'x' }, true)).toBe('password');
    expect(refused({ password: 'x', clientSecret: '   ' }, true)).toBe('clientSecret');
    expect(refused({ password: 42, clientSecret: 'x' }, true)).toBe('password');
    expect(refused('hunter2', true)).toBe('secrets');
  });
});
