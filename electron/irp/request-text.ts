/**
 * The JSON text of a request payload and its hash, written once per payload object.
 *
 * Why: a document on its way to the IRP is serialised for the invoice's stored model, for the
 * outbox intent, for the request hash that ties the intent to the audit trail, and for the request
 * itself; an INV-01 from an ERP was turned into the same JSON text three times and hashed twice,
 * about 2 % of a 10,000-invoice batch. Remembered per object, every one of them is one text.
 *
 * The contract: a payload object is not changed once it has been written here. Every caller
 * builds its payload, hands it over and only reads it afterwards (the outbox keeps the intent as
 * it was), so a later change would not be seen; what goes to the IRP is then still exactly the
 * text the ledger recorded.
 */
import { createHash } from 'node:crypto';

interface Written {
  text: string;
  hash?: string;
}

const written = new WeakMap<object, Written>();

function entryOf(value: object): Written {
  let entry = written.get(value);
  if (!entry) {
    entry = { text: JSON.stringify(value) };
    written.set(value, entry);
  }
  return entry;
}

/** SHA-256 of the UTF-8 text, as lowercase hex: the audit trail's and the outbox's request hash. */
export function hashRequest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `JSON.stringify(value)`, written once per object. */
export function requestText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  return entryOf(value).text;
}

/** `hashRequest(requestText(value))`, computed once per object. */
export function requestHash(value: unknown): string {
  if (typeof value !== 'object' || value === null) return hashRequest(JSON.stringify(value));
  const entry = entryOf(value);
  entry.hash ??= hashRequest(entry.text);
  return entry.hash;
}
