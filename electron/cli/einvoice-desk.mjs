#!/usr/bin/env node
// The `einvoice-desk` command's entry: registers tsx so the TypeScript services run as they are,
// then hands over to main.ts. Kept in plain JavaScript because npm links bins as they are.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
