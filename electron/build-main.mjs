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

await build({
  ...common,
  entryPoints: [path.join(root, 'electron', 'main.ts')],
  outfile: path.join(outDir, 'main.mjs'),
  format: 'esm',
  external: ['electron', 'better-sqlite3'],
  // Bundled CommonJS dependencies call require() and read __dirname (pdfmake's virtual file
  // system does, on every render); give them both in the ESM bundle.
  banner: {
    js:
      "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; " +
      "import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); " +
      'const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);',
  },
});

// The `einvoice-desk` command, prebuilt so that a script calling it per invoice does not pay for
// compiling TypeScript on every start. Packages stay in node_modules, loaded as they are;
// electron/cli/einvoice-desk.mjs falls back to the sources when this file is older than them.
await build({
  ...common,
  entryPoints: [path.join(root, 'electron', 'cli', 'main.ts')],
  outfile: path.join(outDir, 'cli.mjs'),
  format: 'esm',
  packages: 'external',
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
