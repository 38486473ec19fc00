// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS, as Electron
// requires for sandboxed preloads) into dist/electron, and copies the ledger's SQL migrations
// beside them. better-sqlite3 stays external: it is a native module rebuilt for Electron.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
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

/**
 * Keeps Node's fetch implementation (undici, ~25 ms to load) from loading with axios; no IRP
 * call uses it. Two things in axios reach for it when they are loaded:
 * - its fetch adapter's module probes the global `fetch`. That adapter and the http one are
 *   never used (every call goes through electron/irp/node-adapter.ts), so both are replaced by
 *   modules saying "not available here" (`false`), which axios's adapter lookup already
 *   understands; this also leaves out what the http adapter pulls in (redirects, proxies, HTTP/2,
 *   form-data streams);
 * - utils.js reads the global `FormData` once at load, for `isFormData`. The read is made lazy:
 *   the same lookup on the first `isFormData` call, which an IRP call never makes.
 * Likewise axios's node platform brings the form-data package (with mime-types and its 200 KB
 * database, ~8 ms) only to build multipart bodies, which no IRP call sends: its class is left out
 * (`null`), and axios falls back to the platform's own FormData were one ever built.
 * The text replaced in utils.js is checked: if an axios upgrade changes it, the build fails
 * here rather than silently loading undici again (electron/cli/launcher.test.ts checks that too).
 */
const AXIOS_ADAPTERS = /[\\/]axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/;
const AXIOS_UTILS = /[\\/]axios[\\/]lib[\\/]utils\.js$/;
const AXIOS_FORM_DATA = /[\\/]axios[\\/]lib[\\/]platform[\\/]node[\\/]classes[\\/]FormData\.js$/;
const FORM_DATA_EDITS = [
  [
    "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;",
    "let FormDataCtor;\nconst formDataCtor = () => (FormDataCtor ??= typeof G.FormData !== 'undefined' ? G.FormData : null);",
  ],
  [
    'if (FormDataCtor && thing instanceof FormDataCtor) return true;',
    'if (formDataCtor() && thing instanceof FormDataCtor) return true;',
  ],
];
const axiosWithoutUndici = {
  name: 'axios-without-undici',
  setup(b) {
    b.onResolve({ filter: /^\.\/(fetch|http)\.js$/ }, (args) =>
      AXIOS_ADAPTERS.test(args.importer) ? { path: args.path, namespace: 'unused-axios-adapter' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'unused-axios-adapter' }, () => ({
      contents: 'export const getFetch = () => false;\nexport default false;\n',
      loader: 'js',
    }));
    b.onLoad({ filter: AXIOS_FORM_DATA }, () => ({ contents: 'export default null;\n', loader: 'js' }));
    b.onLoad({ filter: AXIOS_UTILS }, (args) => {
      let contents = readFileSync(args.path, 'utf8');
      for (const [from, to] of FORM_DATA_EDITS) {
        if (!contents.includes(from))
          throw new Error(`axios's utils.js changed (no "${from}"); update electron/build-main.mjs.`);
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
  },
};

await build({
  ...common,
  entryPoints: [path.join(root, 'electron', 'main.ts')],
  outfile: path.join(outDir, 'main.mjs'),
  format: 'esm',
  external: ['electron', 'better-sqlite3'],
  banner: nodeGlobals,
  plugins: [axiosWithoutUndici],
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
  plugins: [axiosWithoutUndici],
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
