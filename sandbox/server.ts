/**
 * node:http server: routing, body limit, faults, and turning IrpFailure into NIC's error envelope.
 * Handlers return a Reply instead of writing, so a "dropped response" fault can commit the work and then
 * cut the socket without answering.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { SandboxContext } from './context';
import { errorReply } from './envelope';
import { customError, IrpFailure, irpError } from './errors';
import { textReply, type Reply, type SandboxRequest } from './http';
import { clock, faults, isLoopback } from './routes/controls';
import { ewayApi } from './routes/ewayapi';
import { generateEwb, getEwbByIrn } from './routes/ewaybill';
import { cancelIrn, generateIrn, getIrn, getIrnByDocument } from './routes/invoice';
import { auth, gstinDetails, heartbeat, syncGstin } from './routes/vital';

type Handler = (ctx: SandboxContext, req: SandboxRequest) => Reply | Promise<Reply>;

const VITAL = '/eivital/v1\\.0[34]';
const routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [
  { method: 'POST', pattern: new RegExp(`^${VITAL}/auth/?$`, 'i'), handler: auth },
  { method: 'GET', pattern: new RegExp(`^${VITAL}/heartbeat/ping/?$`, 'i'), handler: heartbeat },
  { method: 'GET', pattern: new RegExp(`^${VITAL}/master/gstin/([^/]+)/?$`, 'i'), handler: gstinDetails },
  { method: 'GET', pattern: new RegExp(`^${VITAL}/master/syncgstin/([^/]+)/?$`, 'i'), handler: syncGstin },
  { method: 'POST', pattern: /^\/eicore\/v1\.03\/invoice\/?$/i, handler: generateIrn },
  { method: 'POST', pattern: /^\/eicore\/v1\.03\/invoice\/cancel\/?$/i, handler: cancelIrn },
  { method: 'GET', pattern: /^\/eicore\/v1\.03\/invoice\/irn\/([^/]+)\/?$/i, handler: getIrn },
  { method: 'GET', pattern: /^\/eicore\/v1\.03\/invoice\/irnbydocdetails\/?$/i, handler: getIrnByDocument },
  { method: 'POST', pattern: /^\/eiewb\/v1\.03\/ewaybill\/?$/i, handler: generateEwb },
  { method: 'GET', pattern: /^\/eiewb\/v1\.03\/ewaybill\/irn\/([^/]+)\/?$/i, handler: getEwbByIrn },
  { method: 'POST', pattern: /^\/ewaybillapi\/v1\.03\/ewayapi(?:\/cancelewb)?\/?$/i, handler: ewayApi },
  { method: 'GET', pattern: /^\/sandbox\/clock\/?$/i, handler: clock },
  { method: 'POST', pattern: /^\/sandbox\/clock\/?$/i, handler: clock },
  { method: 'GET', pattern: /^\/sandbox\/faults\/?$/i, handler: faults },
  { method: 'POST', pattern: /^\/sandbox\/faults\/?$/i, handler: faults },
];

/** Reads the body; past the limit it keeps draining (so the client can read our 413) but stores nothing. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * 8) req.destroy();
    });
    req.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) resolve('too-large');
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function dispatch(ctx: SandboxContext, req: SandboxRequest): Promise<Reply> {
  let pathMatched = false;
  for (const route of routes) {
    const match = route.pattern.exec(req.path);
    if (!match) continue;
    pathMatched = true;
    if (route.method !== req.method) continue;
    try {
      return await route.handler(ctx, { ...req, params: match.slice(1) });
    } catch (error) {
      if (error instanceof IrpFailure) return errorReply(error.errors, error.httpStatus, error.info);
      console.error('IRP sandbox: unexpected error', error);
      return errorReply([irpError('5001')], 500);
    }
  }
  return pathMatched
    ? errorReply([customError('5001', `${req.method} is not supported on ${req.path}`)], 405)
    : errorReply([customError('5001', `There is no IRP API at ${req.path}`)], 404);
}

/** Requests still being handled, per server, so close() can let them finish before the store shuts. */
const pendingByServer = new WeakMap<Server, Set<Promise<void>>>();

/** Resolves once every request the server has begun is handled (answered or dropped). */
export async function drainSandboxServer(server: Server): Promise<void> {
  const pending = pendingByServer.get(server);
  while (pending && pending.size > 0) await Promise.allSettled([...pending]);
}

export function createSandboxServer(ctx: SandboxContext): Server {
  const pending = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const handling = handle(ctx, req, res).finally(() => pending.delete(handling));
    pending.add(handling);
  });
  pendingByServer.set(server, pending);
  return server;
}

async function handle(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const path = url.pathname;
    const isControl = path.toLowerCase().startsWith('/sandbox/');
    const remoteAddress = req.socket.remoteAddress ?? '';
    let reply: Reply;
    try {
      const body = await readBody(req, ctx.config.maxBodyBytes);
      if (isControl && !isLoopback(remoteAddress)) {
        reply = textReply('Sandbox controls answer only loopback callers', 403);
      } else if (body === 'too-large') {
        reply = errorReply([irpError('5002')], 413);
        res.setHeader('Connection', 'close');
      } else if (!isControl && ctx.faults.isDown(path)) {
        reply = textReply('Service Unavailable', 503);
      } else if (!isControl && ctx.faults.shouldFail(path)) {
        reply = errorReply([irpError('5001')], 500);
      } else {
        const latency = isControl ? 0 : ctx.faults.latencyFor(path);
        if (latency > 0) await delay(latency);
        const request: SandboxRequest = {
          method: (req.method ?? 'GET').toUpperCase(),
          path,
          query: url.searchParams,
          headers: req.headers,
          body,
          params: [],
          remoteAddress,
        };
        reply = await dispatch(ctx, request);
        if (!isControl && ctx.faults.takeDrop(path)) {
          // The work is committed; the caller never learns the outcome.
          res.socket?.destroy();
          return;
        }
      }
    } catch (error) {
      console.error('IRP sandbox: request failed', error);
      reply = errorReply([irpError('5001')], 500);
    }
    if (res.destroyed) return;
    res.writeHead(reply.status, {
      'Content-Type': reply.contentType,
      'Content-Length': Buffer.byteLength(reply.body),
    });
    res.end(reply.body);
  }
}
