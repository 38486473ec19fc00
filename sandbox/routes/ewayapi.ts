/**
 * POST /ewaybillapi/v1.03/ewayapi, action CANEWB: the e-way bill system's cancel API that NIC exposes
 * only in the IRP sandbox. Its conventions differ from the IRP's: hyphenated headers, a body of
 * `{"action", "data": AES(SEK, base64(JSON))}`, answers `{"status":"1","data":…}` or
 * `{"status":"0","error": base64({"errorCodes":"312,"})}` and dates as `dd/MM/yyyy hh:mm:ss AM`.
 */
import { toIstParts } from '../../shared/time/ist';
import { requireSession } from '../auth';
import type { SandboxContext } from '../context';
import { aesDecrypt, aesEncrypt, decodeBase64 } from '../crypto';
import { parseOuterJson } from '../envelope';
import { IrpFailure } from '../errors';
import { jsonReply, type Reply, type SandboxRequest } from '../http';

const HOUR_MS = 3_600_000;

/** The EWB system's own codes ([U]: see README): 312 not yours / cancelled / unknown, 315 past 24 hours. */
function ewbError(...codes: string[]): Reply {
  const error = Buffer.from(JSON.stringify({ errorCodes: `${codes.join(',')},` })).toString('base64');
  return jsonReply({ status: '0', error });
}

function ewbDate(instant: Date): string {
  const p = toIstParts(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(hour12)}:${pad(p.minute)}:${pad(p.second)} ${p.hour < 12 ? 'AM' : 'PM'}`;
}

function openData(data: unknown, sek: Buffer): Record<string, unknown> | null {
  const cipher = decodeBase64(data);
  if (!cipher) return null;
  try {
    const text = aesDecrypt(sek, cipher).toString('utf8');
    // The EWB system encrypts base64(JSON); a bare JSON text is tolerated as well.
    const json = text.trimStart().startsWith('{') ? text : (decodeBase64(text)?.toString('utf8') ?? '');
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function ewayApi(ctx: SandboxContext, req: SandboxRequest): Reply {
  let sek: Buffer;
  let gstin: string;
  try {
    const session = requireSession(ctx, req, true);
    sek = session.sek;
    gstin = session.gstin.toUpperCase();
  } catch (error) {
    if (error instanceof IrpFailure) return ewbError(...error.errors.map((e) => e.ErrorCode));
    throw error;
  }
  let outer: Record<string, unknown>;
  try {
    outer = parseOuterJson(req.body);
  } catch (error) {
    if (error instanceof IrpFailure)
      return { ...ewbError(...error.errors.map((e) => e.ErrorCode)), status: error.httpStatus };
    throw error;
  }
  if (outer['action'] !== 'CANEWB') return ewbError('2142');
  const body = openData(outer['data'], sek);
  if (!body) return ewbError('1020');

  const ewbNo = Number(body['ewbNo']);
  const reason = Number(body['cancelRsnCode']);
  const remark = body['cancelRmrk'];
  if (!Number.isInteger(ewbNo) || String(ewbNo).length !== 12) return ewbError('312');
  if (
    ![1, 2, 3, 4].includes(reason) ||
    (remark !== undefined && (typeof remark !== 'string' || remark.length > 50))
  ) {
    return ewbError('2142');
  }
  const ewb = ctx.store.ewb(ewbNo);
  if (!ewb || ewb.genGstin !== gstin || ewb.status !== 'ACT') return ewbError('312');
  const now = ctx.clock.nowMs();
  if (now - ewb.ewbAt > ctx.config.ewbCancelWindowHours * HOUR_MS) return ewbError('315');
  ctx.store.cancelEwb(ewbNo, now, reason, typeof remark === 'string' ? remark : '');

  const answer = JSON.stringify({ ewayBillNo: ewbNo, cancelDate: ewbDate(new Date(now)) });
  const data = aesEncrypt(sek, Buffer.from(Buffer.from(answer).toString('base64'))).toString('base64');
  return jsonReply({ status: '1', data });
}
