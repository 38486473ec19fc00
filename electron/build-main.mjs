// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS, as Electron
// requires for sandboxed preloads) into dist/electron, and copies the ledger's SQL migrations
// beside them. better-sqlite3 stays external: it is a native module rebuilt for Electron.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');
mkdirSync(outDir, { recursive: true });

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

// Bundled CommonJS dependencies call require() and read __dirname (pdfmake's virtual file
// system does, on every render); give them both in the ESM bundles.
const nodeGlobals = {
  js:
    "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; " +
    "import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); " +
    'const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);',
};

await build({
  ...common,
  entryPoints: [path.join(root, 'electron', 'main.ts')],
  outfile: path.join(outDir, 'main.mjs'),
  format: 'esm',
  external: ['electron', 'better-sqlite3'],
  banner: nodeGlobals,
});

// The `einvoice-desk` command, prebuilt so that a script calling it per invoice does not pay for
// compiling TypeScript on every start; electron/cli/einvoice-desk.mjs falls back to the sources
// when this file is older than them. The packages every command uses are bundled too: resolving
// and loading them file by file from node_modules was a third of a command's start (a `list`
// took 0.33 s, 0.23 s bundled). Left out: the native better-sqlite3, and what loads only when
// needed (pdfmake with pdfkit on the first print; @peculiar/x509 when a sandbox makes its keys).
await build({
  ...common,
  entryPoints: [path.join(root, 'electron', 'cli', 'main.ts')],
  outfile: path.join(outDir, 'cli.mjs'),
  format: 'esm',
  external: ['electron', 'better-sqlite3', 'pdfmake', 'pdfmake/*', '@peculiar/x509'],
  banner: nodeGlobals,
});

await build({
  ...common,
  entryPoints: [path.join(root, 'electron', 'preload.ts')],
  outfile: path.join(outDir, 'preload.cjs'),
  format: 'cjs',
  external: ['electron'],
});

cpSync(path.join(root, 'electron', 'ledger', 'migrations'), path.join(outDir, 'migrations'), {
  recursive: true,
  filter: (src) => !src.endsWith('.ts'),
});
