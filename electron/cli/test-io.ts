/** An in-memory CliIo for tests: what a script would read on stdout and stderr. */
import { Readable } from 'node:stream';
import type { CliIo } from './command';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export function captureIo(stdinText = '', env: NodeJS.ProcessEnv = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: {
      write: (chunk: string | Uint8Array) => {
        out += String(chunk);
        return true;
      },
    },
    stderr: {
      write: (chunk: string | Uint8Array) => {
        err += String(chunk);
        return true;
      },
    },
    stdin: Readable.from([stdinText]),
    env,
    out: () => out,
    err: () => err,
  };
}
