/**
 * A small IRP client written from the published NIC protocol (shared/irp/REFERENCE.md §1-§2), for the
 * conformance suite only: it shares nothing with the sandbox or the app, so the sandbox is checked
 * against the protocol rather than against itself.
 */
import { createCipheriv, createDecipheriv, constants, publicEncrypt, randomBytes } from 'node:crypto';

export interface Credentials {
  gstin: string;
  userName: string;
  password: string;
  clientId: string;
  clientSecret: string;
}

export interface Envelope {
  Status: number | string;
  Data: unknown;
  ErrorDetails: Array<{ ErrorCode: string; ErrorMessage: string }> | null;
  InfoDtls: Array<{ InfCd: string; Desc: unknown }> | null;
}

export interface CallResult<T = Record<string, unknown>> {
  http: number;
  envelope: Envelope;
  /** Decrypted Data on success. */
  data: T;
  codes: string[];
}

export function aesEcbEncrypt(key: Buffer, plain: Buffer): Buffer {
  const c = createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([c.update(plain), c.final()]);
}

export function aesEcbDecrypt(key: Buffer, data: Buffer): Buffer {
  const d = createDecipheriv('aes-256-ecb', key, null);
  return Buffer.concat([d.update(data), d.final()]);
}

/** v1.04 auth body: RSA-PKCS#1 v1.5 over the base64 text of the JSON. */
export function encryptAuthPayload(publicKeyPem: string, json: object): string {
  const inner = Buffer.from(Buffer.from(JSON.stringify(json), 'utf8').toString('base64'), 'ascii');
  return publicEncrypt({ key: publicKeyPem, padding: constants.RSA_PKCS1_PADDING }, inner).toString('base64');
}

export class IrpTestClient {
  appKey = randomBytes(32);
  sek: Buffer | null = null;
  token: string | null = null;
  tokenExpiry: string | null = null;

  constructor(
    readonly baseUrl: string,
    readonly creds: Credentials,
    readonly publicKeyPem: string,
  ) {}

  authHeaders(): Record<string, string> {
    return {
      'Content-Type': 'application/json',
      client_id: this.creds.clientId,
      client_secret: this.creds.clientSecret,
      Gstin: this.creds.gstin,
    };
  }

  headers(): Record<string, string> {
    return { ...this.authHeaders(), user_name: this.creds.userName, AuthToken: this.token ?? '' };
  }

  async auth(
    options: { force?: boolean; version?: 'v1.03' | 'v1.04'; password?: string } = {},
  ): Promise<CallResult> {
    const json = {
      UserName: this.creds.userName,
      Password: options.password ?? this.creds.password,
      AppKey: this.appKey.toString('base64'),
      ForceRefreshAccessToken: options.force ?? false,
    };
    const body = JSON.stringify({ Data: encryptAuthPayload(this.publicKeyPem, json) });
    const res = await this.raw(
      'POST',
      `/eivital/${options.version ?? 'v1.04'}/auth`,
      body,
      this.authHeaders(),
    );
    if (Number(res.envelope.Status) === 1) {
      const data = res.envelope.Data as { AuthToken: string; Sek: string; TokenExpiry: string };
      this.token = data.AuthToken;
      this.sek = aesEcbDecrypt(this.appKey, Buffer.from(data.Sek, 'base64'));
      this.tokenExpiry = data.TokenExpiry;
      res.data = data as unknown as Record<string, unknown>;
    }
    return res;
  }

  async raw(
    method: string,
    path: string,
    body: string | null,
    headers: Record<string, string>,
  ): Promise<CallResult> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== null ? { body } : {}),
    });
    const text = await response.text();
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
    } catch {
      envelope = { Status: 0, Data: text, ErrorDetails: null, InfoDtls: null };
    }
    const codes = (envelope.ErrorDetails ?? []).map((e) => e.ErrorCode);
    return { http: response.status, envelope, data: {} as Record<string, unknown>, codes };
  }

  private decrypt(res: CallResult): CallResult {
    if (Number(res.envelope.Status) === 1 && typeof res.envelope.Data === 'string' && this.sek) {
      const plain = aesEcbDecrypt(this.sek, Buffer.from(res.envelope.Data, 'base64')).toString('utf8');
      res.data = JSON.parse(plain) as Record<string, unknown>;
    }
    return res;
  }

  encryptBody(payload: unknown, sek = this.sek): string {
    return JSON.stringify({
      Data: aesEcbEncrypt(sek as Buffer, Buffer.from(JSON.stringify(payload), 'utf8')).toString('base64'),
    });
  }

  async post(path: string, payload: unknown): Promise<CallResult> {
    return this.decrypt(await this.raw('POST', path, this.encryptBody(payload), this.headers()));
  }

  async get(path: string): Promise<CallResult> {
    return this.decrypt(await this.raw('GET', path, null, this.headers()));
  }

  generate(invoice: unknown) {
    return this.post('/eicore/v1.03/Invoice', invoice);
  }

  cancel(irn: string, reason = '2', remark = 'Data entry mistake') {
    return this.post('/eicore/v1.03/Invoice/Cancel', { Irn: irn, CnlRsn: reason, CnlRem: remark });
  }

  getIrn(irn: string) {
    return this.get(`/eicore/v1.03/Invoice/irn/${irn}`);
  }

  getByDocument(type: string, no: string, date: string) {
    const q = new URLSearchParams({ doctype: type, docnum: no, docdate: date });
    return this.get(`/eicore/v1.03/Invoice/irnbydocdetails?${q.toString()}`);
  }

  generateEwb(request: unknown) {
    return this.post('/eiewb/v1.03/ewaybill', request);
  }

  getEwb(irn: string) {
    return this.get(`/eiewb/v1.03/ewaybill/irn/${irn}`);
  }

  gstinDetails(gstin: string, version = 'v1.04') {
    return this.get(`/eivital/${version}/Master/gstin/${gstin}`);
  }

  syncGstin(gstin: string) {
    return this.get(`/eivital/v1.04/Master/syncgstin/${gstin}`);
  }

  /** E-way bill system style: hyphenated headers, data = AES(SEK, base64(JSON)), answer data likewise. */
  async cancelEwb(ewbNo: number, reason = 2, remark = 'Order cancelled') {
    const json = JSON.stringify({ ewbNo, cancelRsnCode: reason, cancelRmrk: remark });
    const data = aesEcbEncrypt(
      this.sek as Buffer,
      Buffer.from(Buffer.from(json).toString('base64')),
    ).toString('base64');
    const response = await fetch(`${this.baseUrl}/ewaybillapi/v1.03/ewayapi`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'client-id': this.creds.clientId,
        'client-secret': this.creds.clientSecret,
        gstin: this.creds.gstin,
        authtoken: this.token ?? '',
      },
      body: JSON.stringify({ action: 'CANEWB', data }),
    });
    const body = (await response.json()) as { status: string; data?: string; error?: string };
    if (body.status === '1' && body.data) {
      const b64 = aesEcbDecrypt(this.sek as Buffer, Buffer.from(body.data, 'base64')).toString('utf8');
      return {
        status: body.status,
        data: JSON.parse(Buffer.from(b64, 'base64').toString('utf8')),
        codes: [],
      };
    }
    const error = JSON.parse(Buffer.from(body.error ?? '', 'base64').toString('utf8')) as {
      errorCodes: string;
    };
    return { status: body.status, data: null, codes: error.errorCodes.split(',').filter(Boolean) };
  }
}

/** Test controls (`/sandbox/clock`, `/sandbox/faults`). */
export async function control(
  baseUrl: string,
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
}

/** Decodes a JWS compact token's header and claims (no verification). */
export function decodeJwt(token: string): {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
} {
  const [h, p] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h as string, 'base64url').toString('utf8')) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(p as string, 'base64url').toString('utf8')) as Record<string, unknown>,
  };
}
