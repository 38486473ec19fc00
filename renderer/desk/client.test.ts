// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildBridge } from '../../shared/api/contract';
import { DeskError, ok, type Envelope } from '../../shared/api/result';
import type { AppInfo } from '../../shared/api/types';
import {
  TOKEN_STORAGE_KEY,
  TRANSPORT_MESSAGE,
  adoptToken,
  createDeskClient,
  type ClientEnvironment,
} from './client';

const INFO: AppInfo = {
  name: 'eInvoice Desk',
  version: '0.1.0',
  mode: 'browser',
  dataDir: '/tmp/desk',
  activeGstin: null,
  environment: null,
  isSandbox: true,
};

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

function environment(href: string, fetchImpl: typeof fetch): ClientEnvironment & { replaced: string[] } {
  const replaced: string[] = [];
  return {
    replaced,
    location: { href },
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)),
    },
    storage: memoryStorage(),
    fetch: fetchImpl,
  };
}

describe('desk client over HTTP', () => {
  it('moves the token from the address bar into sessionStorage, keeping the hash', () => {
    const env = environment('http://127.0.0.1:4100/?token=abc123&x=1#/invoices', vi.fn());
    expect(adoptToken(env)).toBe('abc123');
    expect(env.storage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(env.replaced).toEqual(['/?x=1#/invoices']);
    // A reload finds no token in the URL but still has it for the tab.
    const again = { ...env, location: { href: 'http://127.0.0.1:4100/?x=1#/invoices' } };
    expect(adoptToken(again)).toBe('abc123');
  });

  it('posts {"req": …} with the token header and unwraps the value', async () => {
    const fetchMock = vi.fn(async (..._args: Parameters<typeof fetch>) => jsonResponse(200, ok(INFO)));
    const api = createDeskClient(environment('http://127.0.0.1:4100/?token=t0k', fetchMock));

    await expect(api['app-info']()).resolves.toEqual(INFO);
    await api['party-list']({ search: 'acme' });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/invoke/app-info');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['X-Desk-Token']).toBe('t0k');
    expect(JSON.parse(String(init?.body))).toEqual({ req: null });
    expect(JSON.parse(String(fetchMock.mock.calls[1]![1]?.body))).toEqual({ req: { search: 'acme' } });
  });

  it('rethrows an error envelope as a DeskError, also on HTTP 401, keeping code and field', async () => {
    const responses = [
      jsonResponse(401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'No valid access key.' } }),
      jsonResponse(200, {
        ok: false,
        error: { code: 'BAD_REQUEST', message: 'Enter 10 to 3600 seconds.', field: 'healthPollSeconds' },
      }),
    ];
    const api = createDeskClient(environment('http://127.0.0.1:4100/', async () => responses.shift()!));

    const unauthorized = await api['app-info']().catch((e: unknown) => e);
    expect(unauthorized).toBeInstanceOf(DeskError);
    expect(unauthorized).toMatchObject({ code: 'UNAUTHORIZED', message: 'No valid access key.' });

    const invalid = await api['settings-update']({ healthPollSeconds: 1 }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ code: 'BAD_REQUEST', field: 'healthPollSeconds' });
  });

  it('turns a network failure or a non-envelope answer into a TRANSPORT error', async () => {
    const down = createDeskClient(
      environment('http://127.0.0.1:4100/', async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(down['app-info']()).rejects.toMatchObject({ code: 'TRANSPORT', message: TRANSPORT_MESSAGE });

    const proxy = createDeskClient(
      environment(
        'http://127.0.0.1:4100/',
        async () => new Response('<html>Bad gateway</html>', { status: 502 }),
      ),
    );
    const error = await proxy['app-info']().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TRANSPORT' });
    expect((error as DeskError).message).toContain('502');
  });
});

describe('desk client in Electron', () => {
  it('uses window.desk when the preload provides it and never touches fetch', async () => {
    const calls: string[] = [];
    const bridge = buildBridge(async (channel): Promise<Envelope<unknown>> => {
      calls.push(channel);
      return channel === 'app-info'
        ? ok({ ...INFO, mode: 'electron' })
        : { ok: false, error: { code: 'NOT_FOUND', message: 'No such GSTIN.', field: 'gstin' } };
    });
    const fetchMock = vi.fn();
    const api = createDeskClient({ ...environment('file:///app/index.html', fetchMock), bridge });

    await expect(api['app-info']()).resolves.toMatchObject({ mode: 'electron' });
    await expect(api['business-activate']({ gstin: '27AAAAA0000A1Z5' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'gstin',
    });
    expect(calls).toEqual(['app-info', 'business-activate']);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports a failing IPC call as TRANSPORT rather than a raw exception', async () => {
    const bridge = buildBridge(async () => {
      throw new Error('No handler registered for app-info');
    });
    const api = createDeskClient({ ...environment('file:///app/index.html', vi.fn()), bridge });
    await expect(api['app-info']()).rejects.toMatchObject({ code: 'TRANSPORT' });
  });
});
