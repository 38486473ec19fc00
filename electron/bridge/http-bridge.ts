/**
 * Browser mode: the same router the Electron main process binds to ipcMain, served over HTTP
 * on 127.0.0.1, plus the built renderer. Used where no Electron binary exists (this build
 * machine, CI) and by the end-to-end tests.
 *
 * API: `POST /api/invoke/<channel>` with header `X-Desk-Token` and body `{"req": …}`; the answer
 * is always an envelope, also on refusal, so the renderer has one code path.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalErrorCode, fail, type Envelope } from '../../shared/api';
import type { Router } from '../ipc/router';
import { CONTENT_SECURITY_POLICY, hostAllowed, newToken, originAllowed, tokenMatches } from './security';
import { resolveStatic, sendFile } from './static-files';

/** Large enough for a 1,000-line invoice, small enough that a stray upload cannot exhaust memory. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface BridgeOptions {
  router: Router;
  /** Folder of the built renderer; API only when absent. */
  staticRoot?: string;
  port?: number;
  token?: string;
}

export interface RunningBridge {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? newToken();
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) {
        sendEnvelope(
          res,
          500,
          fail({ code: LocalErrorCode.Internal, message: 'The request could not be handled.' }),
        );
      } else {
        res.destroy();
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port) || !originAllowed(req.headers.origin, port)) {
      sendEnvelope(
        res,
        403,
        fail({ code: 'FORBIDDEN', message: 'Only this computer may use eInvoice Desk.' }),
      );
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/')) {
      const match = /^\/api\/invoke\/([a-z0-9-]+)$/.exec(url.pathname);
      if (!match) {
        sendEnvelope(res, 404, fail({ code: LocalErrorCode.NotFound, message: 'No such address.' }));
        return;
      }
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        sendEnvelope(res, 405, fail({ code: LocalErrorCode.BadRequest, message: 'Use POST.' }));
        return;
      }
      const given = req.headers['x-desk-token'];
      if (!tokenMatches(token, Array.isArray(given) ? given[0] : given)) {
        sendEnvelope(
          res,
          401,
          fail({
            code: LocalErrorCode.Unauthorized,
            message: 'This page has no valid access key. Open the address that npm start printed.',
          }),
        );
        return;
      }
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
        sendEnvelope(res, 415, fail({ code: LocalErrorCode.BadRequest, message: 'Requests must be JSON.' }));
        return;
      }
      let text: string;
      try {
        text = await readBody(req);
      } catch {
        sendEnvelope(
          res,
          413,
          fail({ code: LocalErrorCode.BadRequest, message: 'The request is too large.' }),
        );
        return;
      }
      let body: unknown;
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        sendEnvelope(
          res,
          400,
          fail({ code: LocalErrorCode.BadRequest, message: 'The request is not valid JSON.' }),
        );
        return;
      }
      const reqValue =
        typeof body === 'object' && body !== null ? (body as { req?: unknown }).req : undefined;
      sendEnvelope(res, 200, await options.router.dispatch(match[1]!, reqValue ?? undefined));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendEnvelope(res, 405, fail({ code: LocalErrorCode.BadRequest, message: 'Use GET.' }));
      return;
    }
    const file = options.staticRoot ? resolveStatic(options.staticRoot, url.pathname) : null;
    if (!file) {
      sendEnvelope(res, 404, fail({ code: LocalErrorCode.NotFound, message: 'No such page.' }));
      return;
    }
    sendFile(res, file, {
      ...COMMON_HEADERS,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'no-cache',
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
