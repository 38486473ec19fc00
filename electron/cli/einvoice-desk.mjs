#!/usr/bin/env node
// The `einvoice-desk` command's entry. Kept in plain JavaScript because npm links bins as they are.
// It runs the prebuilt bundle (dist/electron/cli.mjs, made by `npm run build`) when that is newer
// than every source file it was built from, so a script calling the command per invoice does not
// pay for compiling TypeScript each time (about half a second); otherwise, or with
// EINVOICE_DESK_FROM_SOURCE=1, it registers tsx and runs the sources as they are.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = path.join(root, 'dist', 'electron', 'cli.mjs');

/**
 * Newest modification time of the TypeScript and SQL under the folders the bundle is built from.
 * Tests (`*.test.ts`) never go into the bundle, so editing one does not send the command back to
 * the sources.
 */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|sql|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function bundleIsCurrent() {
  if (process.env.EINVOICE_DESK_FROM_SOURCE === '1') return false;
  try {
    const built = statSync(bundle).mtimeMs;
    return ['electron', 'shared', 'sandbox'].every((dir) => newestSource(path.join(root, dir)) <= built);
  } catch {
    return false;
  }
}

let runCli;
if (bundleIsCurrent()) {
  ({ runCli } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('./main.ts'));
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
