/**
 * HTTP to the IRP with axios (keep-alive agents, explicit connect and read timeouts, the lean
 * adapter of node-adapter.ts), and the sorting of transport failures into "never sent" and
 * "outcome unknown". The distinction is what lets the outbox retry a refused connection at once
 * but reconcile a timed-out generate with the IRP before sending it again.
 */
import type { AxiosError } from 'axios';
import axios, { type AxiosInstance } from 'axios';
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { nodeAdapter } from './node-adapter';

export interface Timeouts {
  /** Time allowed to open the TCP connection. */
  connectMs: number;
  /** Time allowed for the answer once connected. */
  readMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 5_000, readMs: 30_000 };

const CONNECT_TIMEOUT = 'ECONNECT_TIMEOUT';

/** Adds a connect deadline to an agent's sockets: a host that never answers SYN fails fast. */
function withConnectTimeout<T extends http.Agent>(agent: T, connectMs: number): T {
  const original = (
    agent as unknown as { createConnection: (...args: unknown[]) => Socket }
  ).createConnection.bind(agent);
  (agent as unknown as { createConnection: (...args: unknown[]) => Socket }).createConnection = (
    ...args: unknown[]
  ) => {
    const socket = original(...args);
    if (socket.connecting) {
      const timer = setTimeout(() => {
        socket.destroy(
          Object.assign(new Error(`no connection within ${connectMs} ms`), { code: CONNECT_TIMEOUT }),
        );
      }, connectMs);
      socket.once('connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    }
    return socket;
  };
  return agent;
}

/**
 * axios turns TCP keep-alive on with a 60 s delay for every request's socket, and Node's agent
 * turns it on again with its own `keepAliveMsecs` when the socket goes back to the pool. With
 * the two the same, Node sees nothing to change; with Node's default of 1 s, every request made
 * two rounds of setsockopt calls.
 */
const KEEP_ALIVE_DELAY_MS = 60_000;

/**
 * The most calls a drain may have at the IRP at once (`--concurrency`). The agent allows as many
 * connections, so the drain's own bound is the one that holds: with the agent at 16, a
 * `--concurrency` above 16 silently gave 16.
 */
export const MAX_CONCURRENT_CALLS = 64;

export function createHttp(timeouts: Timeouts): AxiosInstance {
  const agentOptions = {
    keepAlive: true,
    keepAliveMsecs: KEEP_ALIVE_DELAY_MS,
    maxSockets: MAX_CONCURRENT_CALLS,
  };
  const instance = axios.create({
    timeout: timeouts.connectMs + timeouts.readMs,
    adapter: nodeAdapter({
      http: withConnectTimeout(new http.Agent(agentOptions), timeouts.connectMs),
      https: withConnectTimeout(new https.Agent(agentOptions), timeouts.connectMs),
    }),
    // Every status is read by the client itself: the IRP answers business errors with 200.
    validateStatus: () => true,
    maxContentLength: 20 * 1024 * 1024,
    responseType: 'text',
    transitional: { clarifyTimeoutError: true },
    // Bodies go out as JSON text the client wrote and come back as text the client parses:
    // axios's own transforms would only parse the request body again to check it.
    transformRequest: [(data: unknown) => data],
    transformResponse: [(data: unknown) => data],
  });
  // axios.create copies its per-method header sets (common, get, post, … twelve objects), and
  // every request deep-merged them again: about 5 % of all the memory a batch allocates. The
  // client sets every header it sends on each request; Accept is the only default.
  instance.defaults.headers = { Accept: 'application/json' } as unknown as typeof instance.defaults.headers;
  return instance;
}

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  CONNECT_TIMEOUT,
]);

export type TransportFailure =
  { sent: false; reason: string } | { sent: 'maybe'; reason: string; timeout: boolean };

/** Sorts an axios failure: was the request provably never delivered? */
export function classifyTransportError(error: unknown): TransportFailure {
  const err = error as AxiosError & { cause?: { code?: string } };
  const code = err.code ?? err.cause?.code ?? '';
  if (NOT_SENT_CODES.has(code) || NOT_SENT_CODES.has(err.cause?.code ?? '')) {
    return { sent: false, reason: code === CONNECT_TIMEOUT ? 'connect timeout' : code };
  }
  const timeout = code === 'ETIMEDOUT' || code === 'ECONNABORTED';
  return { sent: 'maybe', reason: code || err.message || 'connection failed', timeout };
}
