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
  /**
   * Stops the app process and starts a new one on the same data folder (a restart of the app,
   * as the user would do it). url, origin and token change: the new process prints a new token.
   */
  restart(options?: { env?: Record<string, string> }): Promise<void>;
  stop(): Promise<void>;
}

interface AppProcess {
  url: string;
  origin: string;
  token: string;
  /** Ends the process group; the data folder stays. */
  end(): Promise<void>;
}

function spawnApp(
  root: string,
  dataDir: string,
  log: string[],
  extraEnv: Record<string, string> = {},
): Promise<AppProcess> {
  const child: ChildProcess = spawn(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['electron/launch.ts', '--browser', '--no-open'],
    {
      cwd: root,
      env: { ...process.env, ...extraEnv, EINVOICE_DESK_DATA: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so end() stops tsx and the node process it runs, and nothing else.
      detached: true,
    },
  );

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));

  const end = async () => {
    if (!alive || child.pid === undefined) return;
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
  };

  createInterface({ input: child.stderr! }).on('line', (line) => log.push(`[stderr] ${line}`));
  const stdout = createInterface({ input: child.stdout! });

  return new Promise<RegExpExecArray>((resolve, reject) => {
    stdout.on('line', (line) => {
      log.push(line);
      const m = READY_LINE.exec(line);
      if (m) resolve(m);
    });
    void exited.then(() =>
      reject(new Error(`The app exited before printing its address. Output:\n${log.join('\n')}`)),
    );
    child.once('error', reject);
  }).then(
    (match) => ({
      url: match[1]!,
      origin: `http://127.0.0.1:${match[2]}/`,
      token: match[3]!,
      end,
    }),
    async (error: unknown) => {
      await end();
      throw error;
    },
  );
}

/**
 * `seed` fills the fresh data folder before the app opens it; `env` is added to the app's
 * environment (e.g. `EINVOICE_DESK_FAKE_NOW` to pin its clock).
 */
export async function startApp(
  root: string,
  seed?: (dataDir: string) => Promise<void>,
  env: Record<string, string> = {},
): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'einvoice-desk-e2e-'));
  const log: string[] = [];
  let current: AppProcess;
  try {
    await seed?.(dataDir);
    current = await spawnApp(root, dataDir, log, env);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const app: RunningApp = {
    url: current.url,
    origin: current.origin,
    token: current.token,
    dataDir,
    output: () => log.join('\n'),
    async restart(options = {}) {
      await current.end();
      log.push('--- restarted on the same data folder ---');
      // A restart keeps the environment unless told otherwise (a clock moved forward).
      env = { ...env, ...(options.env ?? {}) };
      current = await spawnApp(root, dataDir, log, env);
      app.url = current.url;
      app.origin = current.origin;
      app.token = current.token;
    },
    async stop() {
      await current.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return app;
}
