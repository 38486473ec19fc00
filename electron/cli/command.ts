/**
 * What every `einvoice-desk` sub-command is given and must return. Commands write through
 * `io` (never straight to process streams) so tests can run them in-process and read
 * exactly what a script would see.
 */
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdout: Pick<Writable, 'write'>;
  stderr: Pick<Writable, 'write'>;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
}

export interface CommandContext {
  /** Positional arguments after the command's own name(s). */
  args: string[];
  /** `--flag value` and `--flag` options, already parsed. */
  options: Record<string, string | boolean | undefined>;
  json: boolean;
  io: CliIo;
}

export interface Command {
  /** Words that select it, e.g. `['validate']` or `['gstin', 'add']`. */
  name: string[];
  summary: string;
  usage: string;
  /** Options that take a value; every other `--x` is a boolean flag. */
  valueOptions?: string[];
  run(ctx: CommandContext): Promise<number>;
}

/** A failure the user can act on: printed as a plain message, never a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly code = 'CLI_ERROR',
  ) {
    super(message);
  }
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
