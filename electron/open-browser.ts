/**
 * Opens the browser-mode address in the user's browser when there is one to open. No shell
 * is involved: each platform's opener is run directly with the URL as one argument.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

export function openInBrowser(url: string): boolean {
  let command: string | null = null;
  if (process.platform === 'win32') command = 'explorer.exe';
  else if (process.platform === 'darwin') command = 'open';
  else if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) command = findOnPath('xdg-open');
  if (!command) return false;
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
