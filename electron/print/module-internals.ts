/**
 * What the print hooks (shared-fonts, fast-styles, word-styles, merged-inlines, graphics-state,
 * stream-text) need to reach pdfmake's and pdfkit's internals safely.
 */
import { createHash } from 'node:crypto';

/**
 * The class a Babel CommonJS module exports as `exports.default`: depending on the loader's
 * interop, an import gives the exports object, the class itself, or a namespace around either.
 * `fits` tells the class from the wrappers; null when none fits.
 */
export function exportedClass<T>(
  module: unknown,
  fits: (candidate: { prototype?: Record<string, unknown> } & Record<string, unknown>) => boolean,
): T | null {
  const mod = module as { default?: { default?: unknown } } | null | undefined;
  for (const candidate of [mod, mod?.default, mod?.default?.default]) {
    if (typeof candidate === 'function' && fits(candidate as never)) return candidate as T;
  }
  return null;
}

/**
 * SHA-256 of a function's source text: a hook replaces a library function only when this equals
 * the hash of the version the replacement was written against (the libraries stay unbundled, so
 * the text is the one in node_modules).
 */
export function sourceHash(fn: unknown): string {
  return createHash('sha256').update(String(fn)).digest('hex');
}
