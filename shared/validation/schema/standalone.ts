/**
 * Field spec → source text of a precompiled ajv validator (ES module, no imports, no
 * `new Function` at run time), formatted with the project's Prettier settings.
 */
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { format, resolveConfig } from 'prettier';
import { buildInv01Schema } from './build-schema';

const HEADER = `// GENERATED FILE: do not edit by hand.
// Precompiled ajv validator for the IRP's INV-01 v1.1 JSON, derived from
// ../shared/irp/data/einvoice-v1.1-field-spec.json by shared/validation/schema/build-schema.ts.
// Regenerate with: npx tsx shared/validation/schema/generate.ts
// (a unit test fails when this text differs from a fresh generation).
/* eslint-disable */
// @ts-nocheck
`;

/**
 * ajv's standalone output still \`require\`s its one runtime helper even in ESM mode; the
 * helper (length in Unicode code points, as ajv counts) is inlined so the module imports
 * nothing and runs the same in the renderer, Node and the bundler.
 */
const UCS2_REQUIRE = 'require("ajv/dist/runtime/ucs2length").default';
const UCS2_INLINE =
  '(function ucs2length(str) { let length = 0; for (const _ of str) length++; return length; })';

export async function generateValidatorSource(spec: Record<string, unknown>): Promise<string> {
  const schema = buildInv01Schema(spec);
  const ajv = new Ajv({ allErrors: true, strict: true, messages: false, code: { source: true, esm: true } });
  ajv.addSchema(schema);
  let code = standaloneCode(ajv, { validateInv01Schema: 'inv01-v1.1' });
  code = code.split(UCS2_REQUIRE).join(UCS2_INLINE);
  if (/\brequire\(/.test(code) || /\bimport\b/.test(code)) {
    throw new Error('The generated validator still imports a module; inline it like ucs2length.');
  }
  code = code.replace(/^"use strict";\s*/, '');
  const config = (await resolveConfig(import.meta.url.replace('file://', ''))) ?? {};
  return format(HEADER + code, { ...config, parser: 'babel' });
}
