import http from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/api';
import { createRouter, type Handlers } from '../ipc/router';
import { startBridge, type RunningBridge } from './http-bridge';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw node:http so the test controls Host and Origin exactly (fetch forbids setting Host). */
function request(
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string,
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const handlers = {
  'party-list': (req: { search?: string }) => [
    { id: 7, gstin: null, legalName: `found ${req.search}`, stateCode: '29', pin: 560001 },
  ],
  'business-activate': () => {
    throw new DeskError('NOT_FOUND', 'That GSTIN is not set up.', 'gstin');
  },
} as unknown as Handlers;

describe('HTTP bridge', () => {
  let bridge: RunningBridge;
  let root: string;
  let host: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'bridge-static-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>eInvoice Desk</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(path.dirname(root), 'outside-secret.txt'), 'secret');
    bridge = await startBridge({ router: createRouter(handlers), staticRoot: root });
    host = `127.0.0.1:${bridge.port}`;
  });

  afterAll(async () => {
    await bridge.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(path.join(path.dirname(root), 'outside-secret.txt'), { force: true });
  });

  const json = (token: string | undefined, extra: Record<string, string> = {}) => ({
    Host: host,
    'Content-Type': 'application/json',
    ...(token === undefined ? {} : { 'X-Desk-Token': token }),
    ...extra,
  });

  it('prints an address with a long random token on loopback', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a call that carries the token', async () => {
    const reply = await request(
      bridge.port,
      'POST',
      '/api/invoke/party-list',
      json(bridge.token),
      JSON.stringify({ req: { search: 'Acme' } }),
    );
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: [{ id: 7, gstin: null, legalName: 'found Acme', stateCode: '29', pin: 560001 }],
    });
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('carries handler errors as envelopes with the field', async () => {
    const reply = await request(
      bridge.port,
      'POST',
      '/api/invoke/business-activate',
      json(bridge.token),
      '{"req":{"gstin":"x"}}',
    );
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That GSTIN is not set up.', field: 'gstin' },
    });
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'not-the-token'],
    ['a token one character short', '__SHORT__'],
  ])('refuses a call with %s (401) and never runs the handler', async (_label, token) => {
    const given = token === '__SHORT__' ? bridge.token.slice(1) : token;
    const reply = await request(bridge.port, 'POST', '/api/invoke/party-list', json(given), '{"req":{}}');
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it.each([
    ['a foreign Host (DNS rebinding)', { Host: `evil.example:${0}` }],
    ['a loopback Host with another port', { Host: '127.0.0.1:1' }],
    ['a foreign Origin', { Origin: 'http://evil.example' }],
    ['an https loopback Origin', { Origin: 'https://127.0.0.1' }],
  ])('refuses %s with 403 even with the token', async (_label, headers) => {
    const reply = await request(
      bridge.port,
      'POST',
      '/api/invoke/party-list',
      json(bridge.token, headers),
      '{"req":{}}',
    );
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('accepts its own Origin and localhost as Host', async () => {
    const reply = await request(
      bridge.port,
      'POST',
      '/api/invoke/party-list',
      json(bridge.token, { Host: `localhost:${bridge.port}`, Origin: `http://localhost:${bridge.port}` }),
      '{"req":{}}',
    );
    expect(reply.status).toBe(200);
  });

  it('answers malformed JSON, wrong content type and unknown channels with envelopes', async () => {
    const bad = await request(bridge.port, 'POST', '/api/invoke/party-list', json(bridge.token), '{not json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });

    const form = await request(
      bridge.port,
      'POST',
      '/api/invoke/party-list',
      { Host: host, 'X-Desk-Token': bridge.token, 'Content-Type': 'text/plain' },
      '{}',
    );
    expect(form.status).toBe(415);

    const unknown = await request(bridge.port, 'POST', '/api/invoke/drop-tables', json(bridge.token), '{}');
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('serves the renderer with the strict CSP and never a file outside it', async () => {
    const page = await request(bridge.port, 'GET', '/', { Host: host });
    expect(page.status).toBe(200);
    expect(page.body).toContain('eInvoice Desk');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');

    const asset = await request(bridge.port, 'GET', '/assets/app.js', { Host: host });
    expect(asset.headers['content-type']).toContain('text/javascript');

    for (const attempt of [
      '/../outside-secret.txt',
      '/%2e%2e/outside-secret.txt',
      '/assets/..%2f..%2foutside-secret.txt',
    ]) {
      const reply = await request(bridge.port, 'GET', attempt, { Host: host });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });
});
