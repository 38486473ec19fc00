/**
 * Authentication (POST /eivital/v1.04/auth, and the older v1.03 field-encrypted form) and the header
 * checks every later call goes through.
 */
import { randomBytes } from 'node:crypto';
import { formatIrpDateTime } from '../shared/time/ist';
import type { SandboxContext } from './context';
import { aesEncrypt, decodeBase64, rsaPkcs1Decrypt } from './crypto';
import { parseOuterJson } from './envelope';
import { IrpFailure, irpError, type IrpError } from './errors';
import { header, type SandboxRequest } from './http';
import type { SessionRow } from './state/db';
import type { ApiUser } from './types';

interface Credentials {
  UserName?: unknown;
  Password?: unknown;
  AppKey?: Buffer | null;
  ForceRefreshAccessToken?: unknown;
}

function clientFromHeaders(ctx: SandboxContext, req: SandboxRequest, ewbStyle: boolean): string {
  const clientId = ewbStyle ? header(req, 'client-id', 'client_id') : header(req, 'client_id', 'client-id');
  const secret = ewbStyle
    ? header(req, 'client-secret', 'client_secret')
    : header(req, 'client_secret', 'client-secret');
  const gstin = header(req, 'gstin');
  const missing: IrpError[] = [];
  if (!clientId) missing.push(irpError('1011'));
  if (!secret) missing.push(irpError('1012'));
  if (!gstin) missing.push(irpError('1004'));
  if (missing.length > 0) throw new IrpFailure(missing);
  if (!ctx.apiUsers.some((u) => u.clientId === clientId && u.clientSecret === secret)) {
    throw new IrpFailure([irpError('1010')]);
  }
  return clientId as string;
}

function credentialsV104(ctx: SandboxContext, body: Record<string, unknown>): Credentials {
  const data = body['Data'];
  if (data === undefined || data === null || data === '') throw new IrpFailure([irpError('5003')]);
  const cipher = decodeBase64(data);
  const block = cipher && rsaPkcs1Decrypt(ctx.encryptionKey, cipher);
  // NIC RSA-encrypts the base64 text of the JSON, not the JSON itself.
  const json = block && decodeBase64(block.toString('latin1'));
  if (!json) throw new IrpFailure([irpError('1020')]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    throw new IrpFailure([irpError('1020')]);
  }
  if (typeof parsed !== 'object' || parsed === null) throw new IrpFailure([irpError('1020')]);
  const creds = parsed as Record<string, unknown>;
  const appKey = decodeBase64(creds['AppKey']);
  return { ...creds, AppKey: appKey && appKey.length === 32 ? appKey : null };
}

/** v1.03: clear UserName, RSA-encrypted Password and AppKey fields. */
function credentialsV103(ctx: SandboxContext, body: Record<string, unknown>): Credentials {
  const password = decodeBase64(body['Password']);
  const passwordPlain = password && rsaPkcs1Decrypt(ctx.encryptionKey, password);
  if (body['Password'] !== undefined && !passwordPlain) throw new IrpFailure([irpError('1013')]);
  const appKeyCipher = decodeBase64(body['AppKey']);
  const appKey = appKeyCipher && rsaPkcs1Decrypt(ctx.encryptionKey, appKeyCipher);
  return {
    UserName: body['UserName'],
    Password: passwordPlain ? passwordPlain.toString('utf8') : undefined,
    AppKey: appKey && appKey.length === 32 ? Buffer.from(appKey) : null,
    ForceRefreshAccessToken: body['ForceRefreshAccessToken'],
  };
}

function checkUser(ctx: SandboxContext, creds: Credentials, clientId: string, gstin: string): ApiUser {
  if (typeof creds.UserName !== 'string' || creds.UserName === '') throw new IrpFailure([irpError('1006')]);
  if (typeof creds.Password !== 'string' || creds.Password === '') throw new IrpFailure([irpError('1008')]);
  if (!creds.AppKey) throw new IrpFailure([irpError('1016')]);
  const user = ctx.apiUsers.find((u) => u.userName === creds.UserName);
  if (!user) throw new IrpFailure([irpError('1017')]);
  if (user.clientId !== clientId) throw new IrpFailure([irpError('1018')]);
  if (user.password !== creds.Password) throw new IrpFailure([irpError('1019')]);
  if (user.active === false) throw new IrpFailure([irpError('1014')]);
  if (user.gstin.toUpperCase() !== gstin.toUpperCase()) throw new IrpFailure([irpError('1015')]);
  if (user.einvoiceEnabled === false) throw new IrpFailure([irpError('3026')]);
  return user;
}

function issueSession(ctx: SandboxContext, user: ApiUser, clientId: string, force: boolean): SessionRow {
  const now = ctx.clock.nowMs();
  const existing = ctx.store.latestValidSession(user.gstin, user.userName, clientId, now);
  const refreshFrom = existing ? existing.expiresAt - ctx.config.forceRefreshWindowMinutes * 60_000 : 0;
  // NIC hands back the live token until its last minutes; only then does ForceRefreshAccessToken count.
  if (existing && !(force && now >= refreshFrom)) return existing;
  const session: SessionRow = {
    token: randomBytes(18).toString('base64url'),
    gstin: user.gstin,
    userName: user.userName,
    clientId,
    sek: randomBytes(32),
    issuedAt: now,
    expiresAt: now + ctx.config.tokenTtlMinutes * 60_000,
  };
  ctx.store.insertSession(session);
  ctx.sessions.set(session.token, session);
  return session;
}

export function authenticate(ctx: SandboxContext, req: SandboxRequest, version: 'v1.03' | 'v1.04') {
  const clientId = clientFromHeaders(ctx, req, false);
  const gstin = header(req, 'gstin') as string;
  const body = parseOuterJson(req.body);
  const creds =
    version === 'v1.03' && body['Data'] === undefined
      ? credentialsV103(ctx, body)
      : credentialsV104(ctx, body);
  const user = checkUser(ctx, creds, clientId, gstin);
  const session = issueSession(ctx, user, clientId, creds.ForceRefreshAccessToken === true);
  return {
    ClientId: clientId,
    UserName: user.userName,
    AuthToken: session.token,
    // The same raw SEK, wrapped under whichever AppKey this call sent.
    Sek: aesEncrypt(creds.AppKey as Buffer, session.sek).toString('base64'),
    TokenExpiry: formatIrpDateTime(new Date(session.expiresAt)),
  };
}

/**
 * Header checks for every call after auth. `ewbStyle` is the e-way bill system's spelling
 * (client-id, client-secret, authtoken, no user_name) used on /ewaybillapi.
 */
export function requireSession(ctx: SandboxContext, req: SandboxRequest, ewbStyle = false): SessionRow {
  const missing: IrpError[] = [];
  let clientId: string | undefined;
  try {
    clientId = clientFromHeaders(ctx, req, ewbStyle);
  } catch (error) {
    if (!(error instanceof IrpFailure) || error.errors[0]?.ErrorCode === '1010') throw error;
    missing.push(...error.errors);
  }
  const userName = header(req, 'user_name', 'username');
  const token = header(req, 'authtoken', 'auth-token');
  if (!ewbStyle && !userName) missing.push(irpError('1006'));
  if (!token) missing.push(irpError('1005'));
  if (missing.length > 0) throw new IrpFailure(missing);

  let session = ctx.sessions.get(token as string);
  if (!session) {
    session = ctx.store.session(token as string);
    if (session) ctx.sessions.set(session.token, session);
  }
  if (!session || session.expiresAt <= ctx.clock.nowMs() || session.clientId !== clientId) {
    throw new IrpFailure([irpError('1005')]);
  }
  if (!ewbStyle && session.userName !== userName) throw new IrpFailure([irpError('1005')]);
  if (session.gstin.toUpperCase() !== (header(req, 'gstin') as string).toUpperCase()) {
    throw new IrpFailure([irpError('1015')]);
  }
  return session;
}
