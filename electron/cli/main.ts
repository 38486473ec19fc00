/**
 * `einvoice-desk`: the app's services for ERP integrators and scripts. Every command takes
 * `--json`, exits 0 on success and non-zero with a plain message on failure, and keeps its
 * data in `EINVOICE_DESK_DATA` (or the OS app-data folder).
 */
import { CliError, type CliIo, type Command } from './command';
import { COMMANDS } from './commands';
import { DeskError } from '../../shared/api/result';

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  let best: Command | undefined;
  for (const command of COMMANDS) {
    const matches = command.name.every((w, i) => words[i] === w);
    if (matches && (!best || command.name.length > best.name.length)) best = command;
  }
  if (!best) return undefined;
  // Drop the command's own words (first occurrences, in order) from argv.
  const rest = [...argv];
  for (const word of best.name) rest.splice(rest.indexOf(word), 1);
  return { command: best, rest };
}

function parseOptions(
  argv: string[],
  valueOptions: string[],
): { args: string[]; options: Record<string, string | boolean> } {
  const args: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith('--')) {
      args.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = eq === -1 ? token.slice(2) : token.slice(2, eq);
    if (eq !== -1) {
      options[name] = token.slice(eq + 1);
    } else if (valueOptions.includes(name)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} needs a value.`);
      options[name] = value;
      i++;
    } else {
      options[name] = true;
    }
  }
  return { args, options };
}

export function usage(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(60)} ${c.summary}`);
  return ['Usage: einvoice-desk <command> [options] [--json]', '', 'Commands:', ...lines, ''].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(usage());
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(argv);
  const json = argv.includes('--json');
  if (!found) {
    io.stderr.write(`Unknown command "${argv.join(' ')}".\n\n${usage()}`);
    return 2;
  }
  try {
    const { args, options } = parseOptions(found.rest, found.command.valueOptions ?? []);
    return await found.command.run({ args, options, json, io });
  } catch (error) {
    const known = error instanceof CliError || error instanceof DeskError;
    const message = known
      ? error.message
      : `Unexpected failure: ${(error as Error).message ?? String(error)}`;
    const code =
      error instanceof DeskError ? error.code : error instanceof CliError ? error.code : 'INTERNAL';
    if (json) io.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
    io.stderr.write(`einvoice-desk: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 2;
  }
}

// Run directly with `npm run cli -- <args>` (tsx) as well as through the bin shim.
if (process.argv[1] && /electron[\\/]cli[\\/]main\.ts$/.test(process.argv[1])) {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
}
