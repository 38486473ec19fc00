/**
 * The only module that knows how the renderer reaches the app: the Electron preload's
 * `window.desk` when present, otherwise the loopback HTTP bridge of browser mode. Everything
 * else imports `desk` and gets values or a thrown DeskError, whatever the transport.
 */
import {
  buildBridge,
  type Channel,
  type DeskApi,
  type DeskBridge,
  CHANNELS,
} from '../../shared/api/contract';
import { DeskError, LocalErrorCode, isEnvelope, unwrap, type Envelope } from '../../shared/api/result';

export const TOKEN_PARAM = 'token';
export const TOKEN_STORAGE_KEY = 'einvoice-desk.token';
export const TRANSPORT_MESSAGE =
  "The app's background service is not answering. Check that eInvoice Desk is still running, then try again.";

/** What the client needs from the page; injectable so tests need no real browser. */
export interface ClientEnvironment {
  bridge?: DeskBridge | undefined;
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  fetch: typeof fetch;
}

/**
 * Takes the per-launch token from `?token=` into sessionStorage (it survives a reload but not
 * the tab) and removes it from the address bar, so it does not linger in history or get
 * copied into a screenshot or a bug report.
 */
export function adoptToken(env: Pick<ClientEnvironment, 'location' | 'history' | 'storage'>): string | null {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM);
  if (fromUrl) {
    try {
      env.storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page's lifetime.
    }
    url.searchParams.delete(TOKEN_PARAM);
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  try {
    return env.storage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The bridge over HTTP: `POST /api/invoke/<channel>`, answered by an envelope even on refusal. */
export function httpBridge(env: Pick<ClientEnvironment, 'fetch'>, token: string | null): DeskBridge {
  return buildBridge(async (channel: Channel, req: unknown): Promise<Envelope<unknown>> => {
    let response: Response;
    try {
      response = await env.fetch(`/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Desk-Token': token ?? '' },
        body: JSON.stringify({ req: req ?? null }),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return { ok: false, error: { code: LocalErrorCode.Transport, message: TRANSPORT_MESSAGE } };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (isEnvelope(body)) return body;
    // Something other than the bridge answered (a proxy, a half-started server).
    return {
      ok: false,
      error: {
        code: LocalErrorCode.Transport,
        message: `${TRANSPORT_MESSAGE} (It answered with status ${response.status}.)`,
      },
    };
  });
}

/** Turns a bridge of envelopes into the renderer's API of values and DeskErrors. */
export function toDeskApi(bridge: DeskBridge): DeskApi {
  const api: Record<string, (req?: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    const call = bridge[channel] as (req?: unknown) => Promise<Envelope<unknown>>;
    api[channel] = async (req?: unknown) => {
      let envelope: Envelope<unknown>;
      try {
        envelope = await call(req);
      } catch {
        // IPC itself failed (main process gone or handler missing): the same plain message.
        throw new DeskError(LocalErrorCode.Transport, TRANSPORT_MESSAGE);
      }
      return unwrap(envelope);
    };
  }
  return api as unknown as DeskApi;
}

export function createDeskClient(env: ClientEnvironment): DeskApi {
  if (env.bridge) return toDeskApi(env.bridge);
  return toDeskApi(httpBridge(env, adoptToken(env)));
}

function pageEnvironment(): ClientEnvironment {
  return {
    bridge: window.desk,
    location: window.location,
    history: window.history,
    // Reading window.sessionStorage itself throws where storage is disabled: defer it.
    storage: {
      getItem: (key) => window.sessionStorage.getItem(key),
      setItem: (key, value) => window.sessionStorage.setItem(key, value),
    },
    fetch: (input, init) => window.fetch(input, init),
  };
}

/** The app's API. Built at import time so the token leaves the address bar before first render. */
export const desk: DeskApi = createDeskClient(pageEnvironment());

export function isUnauthorized(error: unknown): boolean {
  return error instanceof DeskError && error.code === LocalErrorCode.Unauthorized;
}
