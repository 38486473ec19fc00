import axios from 'axios';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeAdapter } from './node-adapter';
import { classifyTransportError, createHttp } from './transport';

describe('nodeAdapter', () => {
  let server: http.Server | null = null;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = null;
  });
  const listen = async (handler: http.RequestListener) => {
    server = http.createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/eicore/v1.03/Invoice`;
  };

  it('sends the text body with its length and the headers given, and returns any status as an answer', async () => {
    const seen: Array<{ method?: string; length?: string; type?: string; token?: string; body: string }> = [];
    const url = await listen((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        seen.push({
          method: req.method,
          length: req.headers['content-length'],
          type: req.headers['content-type'],
          token: req.headers['authtoken'] as string | undefined,
          body,
        });
        res.statusCode = 503;
        res.end('{"Status":0,"ErrorDetails":[{"ErrorCode":"9999"}]}');
      });
    });
    const answer = await createHttp({ connectMs: 1000, readMs: 2000 }).request<string>({
      method: 'POST',
      url,
      data: '{"Data":"₹ encrypted"}',
      headers: { 'Content-Type': 'application/json', AuthToken: 'tok' },
    });
    expect(answer.status).toBe(503);
    expect(answer.data).toBe('{"Status":0,"ErrorDetails":[{"ErrorCode":"9999"}]}');
    expect(seen).toEqual([
      {
        method: 'POST',
        length: String(Buffer.byteLength('{"Data":"₹ encrypted"}')),
        type: 'application/json',
        token: 'tok',
        body: '{"Data":"₹ encrypted"}',
      },
    ]);
  });

  it('refuses an answer larger than allowed instead of holding it all', async () => {
    const url = await listen((_req, res) => res.end('x'.repeat(5000)));
    const client = axios.create({
      adapter: nodeAdapter({ http: new http.Agent(), https: new https.Agent() }),
      maxContentLength: 1000,
      responseType: 'text',
    });
    await expect(client.request({ url })).rejects.toMatchObject({ code: 'ERR_BAD_RESPONSE' });
  });

  it('reports an answer cut short as an unknown outcome, not a timeout and not "never sent"', async () => {
    const url = await listen((_req, res) => {
      res.writeHead(200, { 'Content-Length': '1000' });
      res.write('{"Status":1,');
      setImmediate(() => res.socket?.destroy());
    });
    const error = await createHttp({ connectMs: 1000, readMs: 5000 })
      .request({ method: 'POST', url, data: '{}' })
      .catch((e: unknown) => e);
    expect(classifyTransportError(error)).toMatchObject({ sent: 'maybe', timeout: false });
  });

  it('ends a call the IRP does not answer within the read time as a timeout', async () => {
    const url = await listen(() => undefined); // never answers
    const error = await createHttp({ connectMs: 200, readMs: 100 })
      .request({ method: 'POST', url, data: '{}' })
      .catch((e: unknown) => e);
    expect(classifyTransportError(error)).toMatchObject({ sent: 'maybe', timeout: true });
  });

  it('says "never sent" when nothing listens', async () => {
    const url = await listen(() => undefined);
    await new Promise((resolve) => server!.close(resolve));
    server = null;
    const error = await createHttp({ connectMs: 1000, readMs: 1000 })
      .request({ method: 'POST', url, data: '{}' })
      .catch((e: unknown) => e);
    expect(classifyTransportError(error)).toMatchObject({ sent: false, reason: 'ECONNREFUSED' });
  });
});
