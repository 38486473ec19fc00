/** The request and reply shapes handlers work with; server.ts turns them into node:http traffic. */
import type { IncomingHttpHeaders } from 'node:http';

export interface SandboxRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  params: string[];
  remoteAddress: string;
}

export interface Reply {
  status: number;
  body: string;
  contentType: string;
}

export function jsonReply(value: unknown, status = 200): Reply {
  return { status, body: JSON.stringify(value), contentType: 'application/json; charset=utf-8' };
}

export function textReply(text: string, status: number): Reply {
  return { status, body: text, contentType: 'text/plain; charset=utf-8' };
}

/** A header's trimmed value, trying each spelling (NIC uses client_id, the EWB system client-id). */
export function header(req: SandboxRequest, ...names: string[]): string | undefined {
  for (const name of names) {
    const raw = req.headers[name.toLowerCase()];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return undefined;
}
