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

/** What `gstin add` needs of a sandbox's API user (its password goes on standard input). */
export interface SandboxApiUser {
  gstin: string;
  userName: string;
  clientId: string;
  clientSecret: string;
}

/**
 * `gstin add` arguments that set `user` up against the sandbox at `baseUrl` as a custom
 * environment, with the sandbox's keys read from files: how the tests and benchmarks that own a
 * sandbox (to fault it, or to measure it) point the command at it.
 */
export function customGstinAddArgs(
  user: SandboxApiUser,
  baseUrl: string,
  publicKeyFile: string,
  signingCertFile: string,
): string[] {
  return [
    'gstin',
    'add',
    '--gstin',
    user.gstin,
    '--env',
    'custom',
    '--base-url',
    baseUrl,
    '--user',
    user.userName,
    '--client-id',
    user.clientId,
    '--client-secret',
    user.clientSecret,
    '--password-stdin',
    '--public-key',
    publicKeyFile,
    '--signing-cert',
    signingCertFile,
  ];
}
