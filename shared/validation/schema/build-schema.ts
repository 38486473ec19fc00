/**
 * Derives a JSON Schema (draft-07, for ajv) from the IRP field spec
 * (`../shared/irp/data/einvoice-v1.1-field-spec.json`, normalised from NIC's schema).
 * Used only by the generator: the app runs the precompiled validator, never ajv's
 * runtime compiler (which needs `new Function`, refused by the renderer's CSP).
 *
 * Translations from NIC's .NET regex dialect:
 * - `(?i)` (case-insensitive) has no JS inline form: each letter becomes `[xX]`.
 * - `\"` inside a class is an invalid escape under the `u` flag ajv uses: it becomes `"`.
 * - Fields described as dd/mm/yyyy but without a pattern get the spec's date pattern.
 * An enum is kept only where the pattern is case-sensitive (the IRP accepts `b2b`).
 */

export interface FieldSpec {
  type: 'string' | 'number';
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  required?: boolean;
  desc?: string;
}

type SpecNode = { [key: string]: FieldSpec | SpecNode | unknown };

export type JsonSchema = Record<string, unknown>;

const DATE_PATTERN = '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$';

export function translatePattern(pattern: string): { pattern: string; caseInsensitive: boolean } {
  let p = pattern.replace(/\\"/g, '"');
  const caseInsensitive = p.startsWith('(?i)');
  if (caseInsensitive) {
    p = p.slice(4).replace(/[A-Za-z]/g, (ch) => `[${ch.toUpperCase()}${ch.toLowerCase()}]`);
  }
  return { pattern: p, caseInsensitive };
}

function isField(node: unknown): node is FieldSpec {
  return typeof node === 'object' && node !== null && typeof (node as FieldSpec).type === 'string';
}

function fieldSchema(spec: FieldSpec): JsonSchema {
  const out: JsonSchema = { type: spec.type };
  if (spec.type === 'string') {
    if (spec.minLength !== undefined) out.minLength = spec.minLength;
    if (spec.maxLength !== undefined) out.maxLength = spec.maxLength;
    const raw = spec.pattern ?? (spec.desc?.includes('dd/mm/yyyy') ? DATE_PATTERN : undefined);
    let caseInsensitive = false;
    if (raw) {
      const translated = translatePattern(raw);
      caseInsensitive = translated.caseInsensitive;
      out.pattern = translated.pattern;
    }
    if (spec.enum && !caseInsensitive) out.enum = spec.enum;
  } else {
    if (spec.minimum !== undefined) out.minimum = spec.minimum;
    if (spec.maximum !== undefined) out.maximum = spec.maximum;
  }
  return out;
}

/** `ItemList[] (1..1000 items)` → name `ItemList`, array, 1..1000; `DispDtls(optional)` → `DispDtls`. */
function parseKey(key: string): { name: string; array: boolean; min?: number; max?: number } {
  const name = key.replace(/[[(].*$/, '').trim();
  const array = key.slice(name.length).startsWith('[]');
  const range = /\((\d+)\.\.(\d+)/.exec(key);
  return range ? { name, array, min: Number(range[1]), max: Number(range[2]) } : { name, array };
}

function objectSchema(node: SpecNode): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('_')) continue;
    if (isField(child)) {
      properties[key] = fieldSchema(child);
      if (child.required) required.push(key);
      continue;
    }
    const { name, array, min, max } = parseKey(key);
    const inner = objectSchema(child as SpecNode);
    if (array) {
      const arr: JsonSchema = { type: 'array', items: inner };
      if (min !== undefined) arr.minItems = min;
      if (max !== undefined) arr.maxItems = max;
      properties[name] = arr;
    } else {
      properties[name] = inner;
    }
  }
  const schema: JsonSchema = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  // Unknown keys are reported (as warnings) so a misspelt field is not silently dropped.
  schema.additionalProperties = false;
  return schema;
}

export function buildInv01Schema(spec: Record<string, unknown>): JsonSchema {
  const top = objectSchema(spec as SpecNode);
  const required = spec._required_top_level;
  if (!Array.isArray(required)) throw new Error('field spec lacks _required_top_level');
  return { $id: 'inv01-v1.1', $schema: 'http://json-schema.org/draft-07/schema#', ...top, required };
}
