import { beforeAll, describe, expect, it } from 'vitest';
import { JwtSigner } from '../../sandbox/jwt';
import { certDer, createRsaPair, createSigningCert, loadPrivateKey } from '../../sandbox/keys';
import { SignatureError, verifyJwt, verifyJwtSignature } from './signature';

describe('verifyJwt and verifyJwtSignature agree', () => {
  let certPem: string;
  let otherCertPem: string;
  let token: string;
  beforeAll(async () => {
    const pair = await createRsaPair();
    certPem = await createSigningCert(pair, new Date('2025-04-01T00:00:00Z'));
    otherCertPem = await createSigningCert(await createRsaPair(), new Date('2025-04-01T00:00:00Z'));
    const signer = new JwtSigner(loadPrivateKey(pair.privateKeyPem), certDer(certPem));
    token = await signer.sign(JSON.stringify({ DocNo: 'SIG/1', TotInvVal: 118 }));
  });

  const tamper = (jwt: string) => {
    const [head, body, signature] = jwt.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { data: string };
    claims.data = claims.data.replace('118', '1180');
    return `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
  };

  it('accepts what the certificate signed', () => {
    expect(verifyJwt(token, certPem).data).toEqual({ DocNo: 'SIG/1', TotInvVal: 118 });
    expect(() => verifyJwtSignature(token, certPem)).not.toThrow();
  });

  it('refuses an altered document with the same plain reason', () => {
    const altered = tamper(token);
    const sync = (() => {
      try {
        verifyJwt(altered, certPem, 'signed invoice');
      } catch (error) {
        return error;
      }
    })();
    expect(sync).toBeInstanceOf(SignatureError);
    expect(() => verifyJwtSignature(altered, certPem, 'signed invoice')).toThrow((sync as Error).message);
    expect((sync as Error).message).toMatch(/signed invoice's signature does not match/);
  });

  it('names both certificates when another one signed it', async () => {
    expect(() => verifyJwtSignature(token, otherCertPem, 'signed QR code')).toThrow(
      /signed QR code was signed with a different IRP certificate/,
    );
  });

  it('refuses what is not an RS256 JWT', () => {
    expect(() => verifyJwtSignature('not-a-jwt', certPem)).toThrow(/not a JWT/);
    const [, body, signature] = token.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${body}.${signature}`;
    expect(() => verifyJwtSignature(none, certPem, 'signed invoice')).toThrow(/not the IRP's RS256/);
  });
});
