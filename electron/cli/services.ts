/** Opens the app's services for one CLI command, on the same data folder as the desktop app. */
import { openAppServices, type AppServices } from '../app/services';
import { resolveDataDir } from '../data-dir';
import type { CliIo } from './command';

export async function withServices<T>(io: CliIo, run: (services: AppServices) => Promise<T>): Promise<T> {
  const services = await openAppServices({ dataDir: resolveDataDir(io.env), mode: 'cli' });
  try {
    return await run(services);
  } finally {
    await services.close();
  }
}

/** Reads all of standard input (for --password-stdin), without the final line break. */
export async function readStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
