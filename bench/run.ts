/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those named on the command line) one
 * after another, so they do not compete for this machine's two cores. Each module's default
 * export runs its measurements and prints its own report.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

if (files.length === 0) {
  console.log('No benchmarks matched.');
}
for (const file of files) {
  console.log(`\n=== ${file}`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
