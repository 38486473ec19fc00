/**
 * NIC's response envelope `{Status, Data, ErrorDetails, InfoDtls}` and the encrypted request body
 * `{"Data": base64(AES-256-ECB(SEK, JSON))}`.
 */
import { aesDecrypt, aesEncrypt, decodeBase64 } from './crypto';
import { IrpFailure, irpError, type IrpError } from './errors';
import { jsonReply, type Reply } from './http';

export interface InfoDetail {
  InfCd: string;
  Desc: unknown;
}

/** Success; `Data` encrypted under the SEK when one is given (every call except auth and heartbeat). */
export function successReply(data: unknown, sek: Buffer | null, info: InfoDetail[] | null = null): Reply {
  const Data =
    sek && data !== null
      ? aesEncrypt(sek, Buffer.from(JSON.stringify(data), 'utf8')).toString('base64')
      : data;
  return jsonReply({ Status: 1, Data, ErrorDetails: null, InfoDtls: info && info.length > 0 ? info : null });
}

export function errorReply(errors: IrpError[], httpStatus = 200, info: unknown[] | null = null): Reply {
  return jsonReply(
    { Status: 0, Data: null, ErrorDetails: errors, InfoDtls: info && info.length > 0 ? info : null },
    httpStatus,
  );
}

/** The outer JSON object of a POST body; malformed JSON is an HTTP 400 a client can recognise. */
export function parseOuterJson(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8').trim();
  if (text === '') throw new IrpFailure([irpError('5003')]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new IrpFailure([irpError('5001')], 400);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IrpFailure([irpError('5001')], 400);
  }
  return value as Record<string, unknown>;
}

/** Decrypts `Data` with the SEK and parses the JSON inside it. */
export function decryptPayload(body: Buffer, sek: Buffer, dataKey = 'Data'): unknown {
  const outer = parseOuterJson(body);
  const data = outer[dataKey];
  if (data === undefined || data === null || data === '') throw new IrpFailure([irpError('5003')]);
  const cipher = decodeBase64(data);
  if (!cipher) throw new IrpFailure([irpError('1020')]);
  let plain: Buffer;
  try {
    plain = aesDecrypt(sek, cipher);
  } catch {
    throw new IrpFailure([irpError('1020')]);
  }
  try {
    return JSON.parse(plain.toString('utf8'));
  } catch {
    throw new IrpFailure([irpError('2142')]);
  }
}
