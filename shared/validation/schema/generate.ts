/**
 * Regenerates `inv01-validator.generated.ts` from the IRP field spec:
 *
 *     npx tsx shared/validation/schema/generate.ts
 *
 * A dev-time script (never imported by the app): it reads the spec from the read-only
 * reference folder beside the checkout, compiles the derived schema with ajv's standalone
 * code generator (ESM) and formats it with the project's Prettier settings. A unit test
 * regenerates the text in memory and compares, so the committed module cannot drift.
 */
/* eslint-disable no-restricted-imports -- a dev-time script that must read and write files */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
/* eslint-enable no-restricted-imports */
import { generateValidatorSource } from './standalone';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
export const FIELD_SPEC_PATH = path.resolve(REPO_ROOT, '../shared/irp/data/einvoice-v1.1-field-spec.json');
export const GENERATED_PATH = path.resolve(here, '../inv01-validator.generated.ts');

export async function generate(): Promise<string> {
  const spec = JSON.parse(readFileSync(FIELD_SPEC_PATH, 'utf8')) as Record<string, unknown>;
  return generateValidatorSource(spec);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED_PATH, await generate());
  console.log(`Wrote ${path.relative(REPO_ROOT, GENERATED_PATH)}`);
}
