/**
 * `einvoice-desk gstin add|list|test|remove`: API access per GSTIN for scripts, through the same
 * service as the app's registration wizard. The password is read from standard input only:
 * a password in argv would land in shell history and process listings.
 */
import { readFileSync } from 'node:fs';
import type {
  ConnectionTestReport,
  Environment,
  GstinProfileInput,
  GstinProfileView,
} from '../../../shared/api';
import { ENVIRONMENTS } from '../../../shared/irp/environments';
import { CliError, writeJson, type Command, type CommandContext } from '../command';
import { readStdin, withServices } from '../services';

function option(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.options[name];
  if (value === true) throw new CliError(`--${name} needs a value.`);
  return typeof value === 'string' ? value : undefined;
}

function required(ctx: CommandContext, name: string, what: string): string {
  const value = option(ctx, name);
  if (!value) throw new CliError(`Give ${what} with --${name}.`);
  return value;
}

function readPem(file: string | undefined, what: string): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Cannot read the ${what} file ${file}.`);
  }
}

function positionalGstin(ctx: CommandContext, usage: string): string {
  const gstin = ctx.args[0];
  if (!gstin) throw new CliError(`Name the GSTIN: einvoice-desk ${usage}`);
  return gstin;
}

function reportText(report: ConnectionTestReport): string {
  const lines = report.steps.map((s) => `  ${s.ok ? 'ok    ' : 'FAILED'} ${s.label}: ${s.detail}`);
  lines.push(report.ok ? 'Connection works.' : 'Connection does not work yet.');
  return `${lines.join('\n')}\n`;
}

function testJson(report: ConnectionTestReport) {
  const step = (id: string) => report.steps.find((s) => s.id === id);
  return {
    health: step('health')?.ok ?? false,
    auth: step('auth')?.ok ?? false,
    tokenExpiry: report.tokenExpiry,
    gstinDetails: step('gstin-details')?.ok ?? false,
    ok: report.ok,
    steps: report.steps,
    taxpayer: report.taxpayer,
  };
}

function profileLine(p: GstinProfileView): string {
  const flags = [p.isSandbox ? 'SANDBOX' : 'PRODUCTION', p.isDemo ? 'DEMO' : null, p.active ? 'active' : null]
    .filter(Boolean)
    .join(', ');
  const test = p.lastTest ? `last test ${p.lastTest.ok ? 'ok' : 'failed'} ${p.lastTest.at}` : 'never tested';
  return `${p.gstin}  ${p.legalName ?? '(name not fetched yet)'}  [${flags}]\n    ${p.environmentLabel}; user ${p.userName}; client ${p.clientIdMasked}; ${test}`;
}

export const gstinAddCommand: Command = {
  name: ['gstin', 'add'],
  summary: 'Set up API access for a GSTIN (password on standard input)',
  usage:
    'gstin add --gstin <g> --env <builtin|nic-sandbox|nic-irp1|nic-irp2|custom> [--base-url <url>] --user <u> --client-id <id> --client-secret <s> --password-stdin [--public-key <pem>] [--signing-cert <pem>] [--gsp <name>] [--async] [--ips <a,b>] [--no-test]',
  valueOptions: [
    'gstin',
    'env',
    'base-url',
    'user',
    'client-id',
    'client-secret',
    'public-key',
    'signing-cert',
    'gsp',
    'ips',
    'notes',
  ],
  async run(ctx) {
    const env = required(ctx, 'env', 'the environment') as Environment;
    if (!(env in ENVIRONMENTS)) {
      throw new CliError(`--env must be one of ${Object.keys(ENVIRONMENTS).join(', ')}.`);
    }
    if (!ctx.options['password-stdin']) {
      throw new CliError(
        'Give the password on standard input with --password-stdin (never on the command line).',
      );
    }
    const password = await readStdin(ctx.io);
    if (!password) throw new CliError('The password read from standard input is empty.');
    const gsp = option(ctx, 'gsp');
    const publicKey = readPem(option(ctx, 'public-key'), 'public key');
    const signingCert = readPem(option(ctx, 'signing-cert'), 'signing certificate');
    const profile: GstinProfileInput = {
      gstin: required(ctx, 'gstin', 'the GSTIN'),
      environment: env,
      ...(option(ctx, 'base-url') ? { baseUrl: option(ctx, 'base-url') } : {}),
      userName: required(ctx, 'user', 'the API user name'),
      clientId: required(ctx, 'client-id', 'the client id'),
      clientSecret: required(ctx, 'client-secret', 'the client secret'),
      password,
      integration: {
        mode: gsp ? 'gsp' : 'direct',
        ...(gsp ? { gspName: gsp } : {}),
        sync: ctx.options.async ? 'asynchronous' : 'synchronous',
      },
      whitelistedIps: (option(ctx, 'ips') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      notes: option(ctx, 'notes') ?? '',
      ...(publicKey ? { encryptionPublicKeyPem: publicKey } : {}),
      ...(signingCert ? { signingCertPem: signingCert } : {}),
    };
    const result = await withServices(ctx.io, (s) =>
      s.gstins.save(profile, { withoutTest: ctx.options['no-test'] === true }),
    );
    if (ctx.json)
      writeJson(ctx.io, {
        saved: result.saved,
        profile: result.profile,
        test: result.report ? testJson(result.report) : null,
      });
    else {
      if (result.report) ctx.io.stdout.write(reportText(result.report));
      ctx.io.stdout.write(
        result.saved
          ? `Saved API access for ${profile.gstin.toUpperCase()}.\n`
          : 'Nothing was saved. Correct the details and try again, or add --no-test to save without testing.\n',
      );
    }
    return result.saved ? 0 : 1;
  },
};

export const gstinListCommand: Command = {
  name: ['gstin', 'list'],
  summary: 'List the GSTINs with API access (secrets masked)',
  usage: 'gstin list',
  async run(ctx) {
    const profiles = await withServices(ctx.io, async (s) => s.gstins.list());
    if (ctx.json) writeJson(ctx.io, profiles);
    else
      ctx.io.stdout.write(
        profiles.length
          ? `${profiles.map(profileLine).join('\n')}\n`
          : 'No GSTIN has API access set up yet.\n',
      );
    return 0;
  },
};

export const gstinTestCommand: Command = {
  name: ['gstin', 'test'],
  summary: "Test a GSTIN's connection: health, login, token expiry, its own details",
  usage: 'gstin test <gstin>',
  async run(ctx) {
    const gstin = positionalGstin(ctx, this.usage);
    const report = await withServices(ctx.io, (s) => s.gstins.test({ gstin }));
    if (ctx.json) writeJson(ctx.io, testJson(report));
    else ctx.io.stdout.write(reportText(report));
    return report.ok ? 0 : 1;
  },
};

export const gstinRemoveCommand: Command = {
  name: ['gstin', 'remove'],
  summary: "Forget a GSTIN's API access (its invoices stay in the ledger)",
  usage: 'gstin remove <gstin>',
  async run(ctx) {
    const gstin = positionalGstin(ctx, this.usage);
    const result = await withServices(ctx.io, async (s) => s.gstins.remove(gstin));
    if (ctx.json) writeJson(ctx.io, result);
    else
      ctx.io.stdout.write(
        result.removed
          ? `Removed API access for ${gstin.toUpperCase()}.\n`
          : `${gstin} had no API access set up.\n`,
      );
    return result.removed ? 0 : 1;
  },
};

export const lookupCommand: Command = {
  name: ['lookup'],
  summary: "Get (or --sync from the common portal) a taxpayer's GSTIN details",
  usage: 'lookup <gstin> --as <own gstin> [--sync]',
  valueOptions: ['as'],
  async run(ctx) {
    const gstin = positionalGstin(ctx, this.usage);
    const as = option(ctx, 'as');
    const view = await withServices(ctx.io, (s) =>
      s.gstins.lookup(gstin, { ...(as ? { as } : {}), sync: ctx.options.sync === true }),
    );
    if (ctx.json) writeJson(ctx.io, view);
    else {
      ctx.io.stdout.write(
        [
          `${view.gstin}  ${view.legalName ?? ''}${view.tradeName ? ` (${view.tradeName})` : ''}`,
          `  Status: ${view.statusLabel}${view.blocked ? ', e-way bills blocked' : ''}; type ${view.taxpayerType ?? 'unknown'}; registered ${view.registeredOn ?? 'unknown'}`,
          `  Address: ${[view.address1, view.address2, view.location, view.pin].filter(Boolean).join(', ')}; state ${view.stateCode ?? 'unknown'}`,
          '',
        ].join('\n'),
      );
    }
    return 0;
  },
};
