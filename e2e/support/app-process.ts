/**
 * Starts the app in browser mode as `npm start -- --browser --no-open` would, with its own
 * data folder, and resolves with the address it prints. Readiness is that printed line, never
 * a guessed delay.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const READY_LINE =
  /eInvoice Desk is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))/;

export interface RunningApp {
  /** The printed address, token included. */
  url: string;
  /** The same address without the token. */
  origin: string;
  token: string;
  dataDir: string;
  /** Everything the process printed so far, for failure reports. */
  output(): string;
  stop(): Promise<void>;
}

/** `seed` fills the fresh data folder before the app opens it. */
export async function startApp(root: string, seed?: (dataDir: string) => Promise<void>): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'einvoice-desk-e2e-'));
  const log: string[] = [];
  let child: ChildProcess;
  try {
    await seed?.(dataDir);
    child = spawn(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['electron/launch.ts', '--browser', '--no-open'],
      {
        cwd: root,
        env: { ...process.env, EINVOICE_DESK_DATA: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so stop() ends tsx and the node process it runs, and nothing else.
        detached: true,
      },
    );
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));

  const stop = async () => {
    if (alive && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      // A hung shutdown must not leave a stray server: escalate after a grace period.
      const escalate = setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5_000);
      await exited;
      clearTimeout(escalate);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  createInterface({ input: child.stderr! }).on('line', (line) => log.push(`[stderr] ${line}`));
  const stdout = createInterface({ input: child.stdout! });

  try {
    const match = await new Promise<RegExpExecArray>((resolve, reject) => {
      stdout.on('line', (line) => {
        log.push(line);
        const m = READY_LINE.exec(line);
        if (m) resolve(m);
      });
      void exited.then(() =>
        reject(new Error(`The app exited before printing its address. Output:\n${log.join('\n')}`)),
      );
      child.once('error', reject);
    });
    const url = match[1]!;
    return {
      url,
      origin: `http://127.0.0.1:${match[2]}/`,
      token: match[3]!,
      dataDir,
      output: () => log.join('\n'),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
