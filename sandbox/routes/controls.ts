/** Test controls outside NIC's paths: the clock and injected faults. Loopback callers only. */
import { formatIrpDateTime } from '../../shared/time/ist';
import type { SandboxContext } from '../context';
import { jsonReply, type Reply, type SandboxRequest } from '../http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopback(address: string): boolean {
  return LOOPBACK.has(address) || address.startsWith('127.');
}

function parseBody(req: SandboxRequest): { value?: unknown; problem?: string } {
  const text = req.body.toString('utf8').trim();
  if (text === '') return { value: {} };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { problem: 'the body must be JSON' };
  }
}

function clockState(ctx: SandboxContext) {
  const now = ctx.clock.now();
  return { now: now.toISOString(), ist: formatIrpDateTime(now) };
}

export function clock(ctx: SandboxContext, req: SandboxRequest): Reply {
  if (req.method === 'GET') return jsonReply(clockState(ctx));
  const { value, problem } = parseBody(req);
  if (problem) return jsonReply({ error: problem }, 400);
  const body = (value ?? {}) as Record<string, unknown>;
  if (typeof body['advanceMinutes'] === 'number' && Number.isFinite(body['advanceMinutes'])) {
    ctx.clock.advanceMinutes(body['advanceMinutes']);
  } else if (typeof body['now'] === 'string' && !Number.isNaN(Date.parse(body['now']))) {
    ctx.clock.set(new Date(body['now']));
  } else {
    return jsonReply({ error: 'send {"advanceMinutes": n} or {"now": "<ISO-8601 instant>"}' }, 400);
  }
  return jsonReply(clockState(ctx));
}

export function faults(ctx: SandboxContext, req: SandboxRequest): Reply {
  if (req.method === 'GET') return jsonReply(ctx.faults.current());
  const { value, problem } = parseBody(req);
  const error = problem ?? ctx.faults.replace(value);
  if (error) return jsonReply({ error }, 400);
  return jsonReply(ctx.faults.current());
}
