/**
 * The IRP client: every API of NIC's e-invoice system (REFERENCE §1) for one GSTIN's API user.
 *
 * - One login per GSTIN, shared by concurrent calls, reused until shortly before expiry and then
 *   refreshed in the IRP's force-refresh window (NIC blocks clients that authenticate per call).
 * - On 1005 (token rejected) it signs in again once and repeats the call once, never in a loop.
 * - Transport failures are retried with backoff only where that cannot duplicate anything:
 *   reads always, writes only when the request provably never left this machine. A write whose
 *   outcome is unknown surfaces as `unknown-outcome` for the outbox to reconcile.
 * - A circuit breaker per IRP host turns a down IRP into an immediate, plain answer.
 * - Each call is reported through `onCall` (API, GSTIN, duration, outcome, codes, request hash)
 *   for the audit trail; secrets never enter that record.
 */
import type { AxiosInstance } from 'axios';
import { parseIrpDateTime } from '../../shared/time/ist';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffPolicy } from './backoff';
import { CircuitBreaker } from './circuit-breaker';
import { decryptSek, decryptText, encryptAuthPayload, encryptText, aesEncrypt, newAppKey } from './crypto';
import { IrpError, LocalIrpCode, businessError, type IrpErrorDetail } from './errors';
import { hashRequest, requestHash, requestText } from './request-text';
import { DEFAULT_TIMEOUTS, classifyTransportError, createHttp, type Timeouts } from './transport';
import type {
  AuthResult,
  CancelEwbResult,
  CancelIrnResult,
  EwbDetails,
  EwbRequest,
  EwbResult,
  GstinDetails,
  InfoDetail,
  IrnResult,
  IrpApi,
  IrpCredentials,
  IrpEndpoint,
  WithInfo,
} from './types';

/** NIC honours ForceRefreshAccessToken only in the last 10 minutes of a token's life. */
export const FORCE_REFRESH_WINDOW_MS = 10 * 60_000;

export interface IrpSession {
  authToken: string;
  sek: Buffer;
  expiresAt: Date;
  /** As the IRP wrote it (IST), for display. */
  tokenExpiry: string;
}

export type CallOutcome =
  'ok' | 'business-error' | 'auth-error' | 'not-sent' | 'unknown-outcome' | 'protocol-error';

export interface IrpCallRecord {
  api: IrpApi;
  gstin: string;
  environment: string;
  startedAt: Date;
  durationMs: number;
  outcome: CallOutcome;
  httpStatus: number | null;
  errorCodes: string[];
  /** SHA-256 of the plaintext request body (before encryption), or of the path for GETs. */
  requestHash: string;
  attempt: number;
}

export interface IrpClientOptions {
  endpoint: IrpEndpoint;
  credentials: IrpCredentials;
  timeouts?: Timeouts;
  backoff?: BackoffPolicy;
  /** Share one per IRP host between clients of several GSTINs. */
  breaker?: CircuitBreaker;
  http?: AxiosInstance;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onCall?: (record: IrpCallRecord) => void;
}

interface Envelope {
  Status?: number | string;
  Data?: unknown;
  ErrorDetails?: unknown;
  InfoDtls?: unknown;
}

interface RawAnswer {
  status: number;
  body: string;
  /** The body parsed once (undefined when it is not JSON): error codes and envelope read it. */
  json: unknown;
}

type Method = 'GET' | 'POST';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The Cancel IRN request as sent (before encryption); its hash ties the outbox intent to the call. */
export function cancelIrnBody(irn: string, reason: '1' | '2' | '3' | '4', remark: string) {
  return { Irn: irn, CnlRsn: reason, CnlRem: remark };
}

export class IrpClient {
  readonly endpoint: IrpEndpoint;
  readonly gstin: string;
  private readonly credentials: IrpCredentials;
  private readonly http: AxiosInstance;
  private readonly backoff: BackoffPolicy;
  private readonly breaker: CircuitBreaker;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly onCall: ((record: IrpCallRecord) => void) | undefined;
  private session: IrpSession | null = null;
  private login: Promise<IrpSession> | null = null;

  constructor(options: IrpClientOptions) {
    this.endpoint = { ...options.endpoint, baseUrl: options.endpoint.baseUrl.replace(/\/+$/, '') };
    this.credentials = options.credentials;
    this.gstin = options.credentials.gstin;
    this.http = options.http ?? createHttp(options.timeouts ?? DEFAULT_TIMEOUTS);
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.breaker = options.breaker ?? new CircuitBreaker({ failureThreshold: 5, cooldownMs: 30_000 });
    this.now = options.now ?? (() => new Date());
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.onCall = options.onCall;
  }

  /** The cached session, if any (for showing token expiry). */
  get currentSession(): Readonly<IrpSession> | null {
    return this.session;
  }

  /** Forgets the session, e.g. after the credentials changed. */
  signOut(): void {
    this.session = null;
  }

  // ---------------------------------------------------------------- authentication

  /**
   * A valid session: the cached one while it has more than the force-refresh window left; a
   * refreshed one inside that window; a new one after expiry. Concurrent callers share one login.
   */
  async ensureSession(): Promise<IrpSession> {
    const session = this.session;
    const now = this.now().getTime();
    if (session && session.expiresAt.getTime() - now > FORCE_REFRESH_WINDOW_MS) return session;
    if (this.login) return this.login;
    const force = session !== null && session.expiresAt.getTime() > now;
    this.login = this.authenticate(force)
      .catch((error: unknown) => {
        // A failed refresh must not throw away a token that is still valid.
        if (force && session && session.expiresAt.getTime() > this.now().getTime()) return session;
        throw error;
      })
      .finally(() => {
        this.login = null;
      });
    return this.login;
  }

  /** Calls the auth API (v1.04) and keeps the session. */
  async authenticate(forceRefresh = false): Promise<IrpSession> {
    const appKey = newAppKey();
    const data = encryptAuthPayload(this.endpoint.encryptionPublicKeyPem, {
      UserName: this.credentials.userName,
      Password: this.credentials.password,
      AppKey: appKey.toString('base64'),
      ForceRefreshAccessToken: forceRefresh,
    });
    const body = JSON.stringify({ Data: data });
    const answer = await this.exchange('auth', 'POST', '/eivital/v1.04/auth', {
      body,
      headers: this.clientHeaders(),
      // The hash covers only the user name and flag: the password never reaches the audit trail.
      requestHash: hashRequest(`${this.credentials.userName}|${forceRefresh}`),
      retrySafe: true,
    });
    const envelope = this.parseEnvelope('auth', answer);
    const raw = typeof envelope.Data === 'string' ? safeJson(envelope.Data) : envelope.Data;
    const auth = raw as Partial<AuthResult> | undefined;
    if (
      !auth ||
      typeof auth.AuthToken !== 'string' ||
      typeof auth.Sek !== 'string' ||
      typeof auth.TokenExpiry !== 'string'
    ) {
      throw protocolError('auth', 'The IRP answered the sign-in without a token.');
    }
    let sek: Buffer;
    try {
      sek = decryptSek(appKey, auth.Sek);
    } catch {
      throw protocolError(
        'auth',
        'The session key from the IRP could not be read. Check the IRP public key for this environment.',
      );
    }
    const expiresAt = parseIrpDateTime(auth.TokenExpiry);
    if (!expiresAt)
      throw protocolError('auth', `The IRP sent an unreadable token expiry "${auth.TokenExpiry}".`);
    this.session = { authToken: auth.AuthToken, sek, expiresAt, tokenExpiry: auth.TokenExpiry };
    return this.session;
  }

  // ---------------------------------------------------------------- e-invoice APIs

  generateIrn(invoice: unknown): Promise<WithInfo<IrnResult>> {
    return this.secure<IrnResult>('generate-irn', 'POST', '/eicore/v1.03/Invoice', invoice, false);
  }

  cancelIrn(irn: string, reason: '1' | '2' | '3' | '4', remark: string): Promise<WithInfo<CancelIrnResult>> {
    return this.secure<CancelIrnResult>(
      'cancel-irn',
      'POST',
      '/eicore/v1.03/Invoice/Cancel',
      cancelIrnBody(irn, reason, remark),
      false,
    );
  }

  getIrn(irn: string): Promise<WithInfo<IrnResult>> {
    return this.secure<IrnResult>(
      'get-irn',
      'GET',
      `/eicore/v1.03/Invoice/irn/${encodeURIComponent(irn)}`,
      undefined,
      true,
    );
  }

  getIrnByDocument(docType: string, docNo: string, docDate: string): Promise<WithInfo<IrnResult>> {
    const query = new URLSearchParams({ doctype: docType, docnum: docNo, docdate: docDate });
    return this.secure<IrnResult>(
      'get-irn-by-doc',
      'GET',
      `/eicore/v1.03/Invoice/irnbydocdetails?${query}`,
      undefined,
      true,
    );
  }

  generateEwb(request: EwbRequest): Promise<WithInfo<EwbResult>> {
    return this.secure<EwbResult>('generate-ewb', 'POST', '/eiewb/v1.03/ewaybill', request, false);
  }

  getEwbByIrn(irn: string): Promise<WithInfo<EwbDetails>> {
    return this.secure<EwbDetails>(
      'get-ewb',
      'GET',
      `/eiewb/v1.03/ewaybill/irn/${encodeURIComponent(irn)}`,
      undefined,
      true,
    );
  }

  getGstinDetails(gstin: string): Promise<WithInfo<GstinDetails>> {
    return this.secure<GstinDetails>(
      'gstin-details',
      'GET',
      `/eivital/v1.04/Master/gstin/${encodeURIComponent(gstin)}`,
      undefined,
      true,
    );
  }

  syncGstin(gstin: string): Promise<WithInfo<GstinDetails>> {
    return this.secure<GstinDetails>(
      'sync-gstin',
      'GET',
      `/eivital/v1.04/Master/syncgstin/${encodeURIComponent(gstin)}`,
      undefined,
      true,
    );
  }

  /** Whether the IRP answers its heartbeat; never throws. */
  async health(): Promise<{ up: boolean; latencyMs: number; reason?: string }> {
    const started = this.now().getTime();
    try {
      const answer = await this.exchange('health', 'GET', '/eivital/v1.04/heartbeat/ping', {
        headers: this.clientHeaders(),
        requestHash: hashRequest('/eivital/v1.04/heartbeat/ping'),
        retrySafe: true,
        attempts: 1,
      });
      const up = answer.status >= 200 && answer.status < 300;
      return {
        up,
        latencyMs: this.now().getTime() - started,
        ...(up ? {} : { reason: `HTTP ${answer.status}` }),
      };
    } catch (error) {
      return { up: false, latencyMs: this.now().getTime() - started, reason: (error as Error).message };
    }
  }

  /**
   * Cancels an e-way bill through the e-way-bill-system style API that NIC offers in its sandbox:
   * hyphenated headers, `{action, data}` body, and base64(JSON) encrypted rather than JSON.
   */
  async cancelEwb(ewbNo: number, reason: 1 | 2 | 3 | 4, remark: string): Promise<CancelEwbResult> {
    return this.withReauth(async (session) => {
      const plain = JSON.stringify({ ewbNo, cancelRsnCode: reason, cancelRmrk: remark });
      const data = aesEncrypt(
        session.sek,
        Buffer.from(Buffer.from(plain, 'utf8').toString('base64'), 'ascii'),
      ).toString('base64');
      const answer = await this.exchange('cancel-ewb', 'POST', '/ewaybillapi/v1.03/ewayapi', {
        body: JSON.stringify({ action: 'CANEWB', data }),
        headers: {
          'client-id': this.credentials.clientId,
          'client-secret': this.credentials.clientSecret,
          Gstin: this.gstin,
          user_name: this.credentials.userName,
          authtoken: session.authToken,
        },
        requestHash: hashRequest(plain),
        retrySafe: false,
      });
      const parsed = answer.json as { status?: string | number; data?: string; error?: string } | undefined;
      if (!parsed)
        throw protocolError('cancel-ewb', 'The e-way bill system sent an answer that is not JSON.');
      if (String(parsed.status) === '1' && typeof parsed.data === 'string') {
        const result = decodeEwbData(session.sek, parsed.data) as CancelEwbResult | undefined;
        if (!result)
          throw protocolError('cancel-ewb', 'The e-way bill system sent an answer that could not be read.');
        return result;
      }
      throw businessError('cancel-ewb', ewbErrorDetails(parsed.error), [], answer.status);
    });
  }

  // ---------------------------------------------------------------- plumbing

  private clientHeaders(): Record<string, string> {
    return {
      client_id: this.credentials.clientId,
      client_secret: this.credentials.clientSecret,
      Gstin: this.gstin,
    };
  }

  private async secure<T>(
    api: IrpApi,
    method: Method,
    path: string,
    payload: unknown,
    idempotent: boolean,
  ): Promise<WithInfo<T>> {
    return this.withReauth(async (session) => {
      // The same text (and hash) the outbox recorded for this payload, written once.
      const plain = payload === undefined ? undefined : requestText(payload);
      const answer = await this.exchange(api, method, path, {
        ...(plain === undefined ? {} : { body: JSON.stringify({ Data: encryptText(session.sek, plain) }) }),
        headers: {
          ...this.clientHeaders(),
          user_name: this.credentials.userName,
          AuthToken: session.authToken,
        },
        requestHash: payload === undefined ? hashRequest(path) : requestHash(payload),
        retrySafe: idempotent,
      });
      const envelope = this.parseEnvelope(api, answer);
      const info = asInfo(envelope.InfoDtls);
      if (envelope.Data === null || envelope.Data === undefined || envelope.Data === '') {
        return { data: null as T, info };
      }
      if (typeof envelope.Data !== 'string') return { data: envelope.Data as T, info };
      let text: string;
      try {
        text = decryptText(session.sek, envelope.Data);
      } catch {
        throw protocolError(api, 'The answer from the IRP could not be decrypted with this session.');
      }
      const data = safeJson(text);
      if (data === undefined) throw protocolError(api, 'The IRP sent an answer that is not JSON.');
      return { data: data as T, info };
    });
  }

  /** Runs a call with the session; on 1005 signs in again once and repeats once. */
  private async withReauth<T>(call: (session: IrpSession) => Promise<T>): Promise<T> {
    const session = await this.ensureSession();
    try {
      return await call(session);
    } catch (error) {
      if (!(error instanceof IrpError) || !error.hasCode('1005')) throw error;
      if (this.session === session) this.session = null;
      return call(await this.ensureSession());
    }
  }

  private parseEnvelope(api: IrpApi, answer: RawAnswer): Envelope {
    const parsed = answer.json;
    if (!parsed || typeof parsed !== 'object') {
      throw protocolError(
        api,
        `The IRP sent an answer that is not JSON (HTTP ${answer.status}).`,
        answer.status,
      );
    }
    const envelope = parsed as Envelope;
    if (String(envelope.Status) === '1') return envelope;
    const details = asErrorDetails(envelope.ErrorDetails);
    if (details.length === 0 && answer.status >= 500) {
      throw new IrpError({
        kind: 'unknown-outcome',
        api,
        code: LocalIrpCode.ServerError,
        message: `The IRP had a server error (HTTP ${answer.status}).`,
        httpStatus: answer.status,
      });
    }
    throw businessError(api, details, asInfo(envelope.InfoDtls), answer.status);
  }

  /**
   * One HTTP exchange with breaker, timeouts and retries. `retrySafe` says whether a request
   * whose delivery is uncertain may be sent again (reads) or not (writes).
   */
  private async exchange(
    api: IrpApi,
    method: Method,
    path: string,
    options: {
      body?: string;
      headers: Record<string, string>;
      requestHash: string;
      retrySafe: boolean;
      attempts?: number;
    },
  ): Promise<RawAnswer> {
    const maxAttempts = options.attempts ?? this.backoff.maxAttempts;
    let lastError: IrpError | undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) await this.sleep(backoffDelay(attempt - 1, this.backoff, this.random));
      if (!this.breaker.allow()) {
        throw new IrpError({
          kind: 'not-sent',
          api,
          code: LocalIrpCode.CircuitOpen,
          message: `The IRP is not answering at the moment. Nothing was sent; eInvoice Desk will try again in about ${Math.ceil(this.breaker.retryInMs() / 1000)} seconds.`,
        });
      }
      const startedAt = this.now();
      const record = (outcome: CallOutcome, httpStatus: number | null, errorCodes: string[] = []) =>
        this.onCall?.({
          api,
          gstin: this.gstin,
          environment: this.endpoint.environment,
          startedAt,
          durationMs: this.now().getTime() - startedAt.getTime(),
          outcome,
          httpStatus,
          errorCodes,
          requestHash: options.requestHash,
          attempt,
        });
      try {
        const response = await this.http.request<string>({
          method,
          url: `${this.endpoint.baseUrl}${path}`,
          headers: {
            ...options.headers,
            ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          ...(options.body === undefined ? {} : { data: options.body }),
        });
        const body = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
        const json = safeJson(body);
        if (response.status >= 500) {
          // A 5xx may come from a proxy after the IRP acted, so a write is never taken as not done.
          const codes = envelopeCodes(json);
          this.breaker.failure();
          lastError = new IrpError({
            kind: options.retrySafe ? 'not-sent' : 'unknown-outcome',
            api,
            code: LocalIrpCode.ServerError,
            message: `The IRP had a server error (HTTP ${response.status}).`,
            details: codes.map((code) => ({ code, irpMessage: '' })),
            httpStatus: response.status,
          });
          record(options.retrySafe ? 'not-sent' : 'unknown-outcome', response.status, codes);
          if (!options.retrySafe) throw lastError;
          continue;
        }
        this.breaker.success();
        const codes = envelopeCodes(json);
        record(
          codes.length === 0
            ? 'ok'
            : codes.every((c) => c.startsWith('10'))
              ? 'auth-error'
              : 'business-error',
          response.status,
          codes,
        );
        return { status: response.status, body, json };
      } catch (error) {
        if (error instanceof IrpError) throw error;
        const failure = classifyTransportError(error);
        this.breaker.failure();
        if (failure.sent === false) {
          record('not-sent', null);
          lastError = new IrpError({
            kind: 'not-sent',
            api,
            code: LocalIrpCode.NotSent,
            message: `The IRP could not be reached (${failure.reason}). Nothing was sent.`,
          });
          continue;
        }
        record('unknown-outcome', null);
        lastError = new IrpError({
          kind: options.retrySafe ? 'not-sent' : 'unknown-outcome',
          api,
          code: failure.timeout ? LocalIrpCode.Timeout : LocalIrpCode.ConnectionCut,
          message: failure.timeout
            ? 'The IRP did not answer in time.'
            : `The connection to the IRP was cut before it answered (${failure.reason}).`,
        });
        if (!options.retrySafe) throw lastError;
      }
    }
    throw lastError ?? protocolError(api, 'The IRP call failed.');
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function envelopeCodes(json: unknown): string[] {
  const parsed = json as Envelope | undefined;
  if (!parsed || typeof parsed !== 'object' || String(parsed.Status) === '1') return [];
  return asErrorDetails(parsed.ErrorDetails).map((d) => d.code);
}

/** ErrorDetails arrive as an array, or (per NIC's pages) base64 of one; accept both. */
function asErrorDetails(value: unknown): IrpErrorDetail[] {
  let list = value;
  if (typeof value === 'string') {
    list = safeJson(value) ?? safeJson(Buffer.from(value, 'base64').toString('utf8'));
  }
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (e): e is { ErrorCode: unknown; ErrorMessage?: unknown } =>
        typeof e === 'object' && e !== null && 'ErrorCode' in e,
    )
    .map((e) => ({ code: String(e.ErrorCode), irpMessage: String(e.ErrorMessage ?? '') }));
}

function asInfo(value: unknown): InfoDetail[] {
  let list = value;
  if (typeof value === 'string') list = safeJson(value);
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (i): i is { InfCd: unknown; Desc: unknown } => typeof i === 'object' && i !== null && 'InfCd' in i,
    )
    .map((i) => ({
      InfCd: String(i.InfCd),
      Desc: typeof i.Desc === 'string' ? (safeJson(i.Desc) ?? i.Desc) : i.Desc,
    }));
}

/** The e-way bill system's `data`: decrypted, it is JSON or base64 of JSON depending on the API. */
function decodeEwbData(sek: Buffer, data: string): unknown {
  let text: string;
  try {
    text = decryptText(sek, data);
  } catch {
    return undefined;
  }
  return safeJson(text) ?? safeJson(Buffer.from(text, 'base64').toString('utf8'));
}

/** `error` is base64 of `{"errorCodes":"312,"}`. */
function ewbErrorDetails(error: string | undefined): IrpErrorDetail[] {
  if (!error) return [];
  const parsed = (safeJson(Buffer.from(error, 'base64').toString('utf8')) ?? safeJson(error)) as
    { errorCodes?: string } | undefined;
  return (parsed?.errorCodes ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((code) => ({ code, irpMessage: '' }));
}

function protocolError(api: IrpApi, message: string, httpStatus?: number): IrpError {
  return new IrpError({
    kind: 'protocol',
    api,
    code: LocalIrpCode.Protocol,
    message,
    ...(httpStatus === undefined ? {} : { httpStatus }),
  });
}
