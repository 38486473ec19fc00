/**
 * `npm start`. Runs the desktop app when the Electron binary is present; otherwise (this build
 * machine, CI, a locked-down PC) serves the very same renderer and services in browser mode on
 * 127.0.0.1 and prints the address. `--browser` forces browser mode, `--no-open` keeps it from
 * opening a browser, `--port <n>` fixes the port.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserMode } from './app/browser-mode';
import { resolveDataDir } from './data-dir';
import { findElectronBinary } from './electron-binary';
import { openInBrowser } from './open-browser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const noOpen = args.includes('--no-open') || process.env.CI === 'true';
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;

async function runElectron(binary: string): Promise<void> {
  const main = path.join(root, 'dist', 'electron', 'main.mjs');
  const child = spawn(binary, [main], { stdio: 'inherit', env: process.env });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function runBrowserMode(): Promise<void> {
  const staticRoot = path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(staticRoot, 'index.html'))) {
    console.error(
      'The user interface has not been built yet. Run "npm run build" (npm install does it), then try again.',
    );
    process.exit(1);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('--port needs a number between 0 and 65535.');
    process.exit(2);
  }
  const dataDir = resolveDataDir();
  const running = await startBrowserMode({ dataDir, staticRoot, port });
  console.log(`eInvoice Desk is running at ${running.url}`);
  console.log(`Data folder: ${dataDir}`);
  console.log('Browser mode: the Electron desktop window is not available here. Press Ctrl+C to stop.');
  if (!noOpen) openInBrowser(running.url);

  const stop = () => {
    void running.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const binary = forceBrowser ? null : findElectronBinary();
if (binary && existsSync(path.join(root, 'dist', 'electron', 'main.mjs'))) {
  await runElectron(binary);
} else {
  await runBrowserMode();
}
