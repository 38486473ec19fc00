/**
 * The browser-mode bridge listens on loopback, but any web page the user opens can still
 * send requests to 127.0.0.1 and a DNS-rebinding page can even appear same-origin. So every
 * API call must carry the per-launch token, and the Host and Origin headers must name this
 * very loopback server.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The Content-Security-Policy for the renderer, shared by Electron and browser mode. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // MUI's emotion injects <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Host must be a loopback name with this server's port. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const i = host.lastIndexOf(':');
  if (i <= 0) return false;
  return LOOPBACK_HOSTS.has(host.slice(0, i).toLowerCase()) && host.slice(i + 1) === String(port);
}

/** A missing Origin (same-origin GET, curl, tests) is fine; a present one must be this server. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && hostAllowed(url.host, port);
}
