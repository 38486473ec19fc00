/**
 * IRP sandbox throughput: IRN generations per second with 8 concurrent clients, p50/p99 latency.
 * The sandbox runs as its own process (`sandbox/cli.ts`, as `npm run sandbox` starts it) so the clients'
 * encryption and HTTP work here does not share its event loop. Target: >= 400 IRNs/s on 2 cores.
 *
 * The measurement itself (`measureSandboxRate`) is exported: generate.bench.ts runs it against its
 * own sandbox just before and just after the command, so the command's rate is compared with the
 * sandbox's rate measured this way in the same minute (this VM's speed drifts by ±10 % or more
 * between runs minutes apart).
 */
import { spawn } from 'node:child_process';
import { createCipheriv, createDecipheriv, constants, publicEncrypt, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { formatIstDate } from '../shared/time/ist';

const CONCURRENCY = 8;
const WARMUP = 300;
const MEASURED = 4000;

interface User {
  gstin: string;
  userName: string;
  password: string;
  clientId: string;
  clientSecret: string;
}
interface Taxpayer {
  gstin: string;
  legalName: string;
  tradeName: string;
  address1: string;
  location: string;
  pin: number;
  stateCode: string;
}

function post(agent: Agent, url: string, pathName: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      `${url}${pathName}`,
      { method: 'POST', agent, headers: { ...headers, 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const aes = (key: Buffer, data: Buffer, decrypt = false) => {
  const c = decrypt ? createDecipheriv('aes-256-ecb', key, null) : createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([c.update(data), c.final()]);
};

function invoice(seller: Taxpayer, buyer: Taxpayer, no: string, date: string) {
  const party = (t: Taxpayer) => ({
    Gstin: t.gstin,
    LglNm: t.legalName,
    Addr1: t.address1,
    Loc: t.location,
    Pin: t.pin,
    Stcd: t.stateCode,
  });
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N' },
    DocDtls: { Typ: 'INV', No: no, Dt: date },
    SellerDtls: party(seller),
    BuyerDtls: { ...party(buyer), Pos: buyer.stateCode },
    ItemList: [
      {
        SlNo: '1',
        IsServc: 'N',
        HsnCd: '52081190',
        Qty: 10,
        Unit: 'MTR',
        UnitPrice: 150,
        TotAmt: 1500,
        AssAmt: 1500,
        GstRt: 5,
        IgstAmt: 75,
        TotItemVal: 1575,
      },
      {
        SlNo: '2',
        IsServc: 'N',
        HsnCd: '54075290',
        Qty: 2,
        Unit: 'MTR',
        UnitPrice: 500,
        TotAmt: 1000,
        AssAmt: 1000,
        GstRt: 12,
        IgstAmt: 120,
        TotItemVal: 1120,
      },
    ],
    ValDtls: { AssVal: 2500, IgstVal: 195, CgstVal: 0, SgstVal: 0, TotInvVal: 2695 },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Where the sandbox keeps its generated users and taxpayers, and where it listens. */
export interface RunningSandbox {
  url: string;
  stateDir: string;
}

export interface SandboxRate {
  irnsPerSecond: number;
  seconds: number;
  /** Sorted, in ms. */
  latencies: number[];
  failures: number;
}

/** Documents numbered across calls, so repeated measurements on one sandbox never collide. */
let serial = 0;

/**
 * Logs in as the sandbox's first user and generates `measured` IRNs (after `warmup` more) with
 * CONCURRENCY clients, dated today by the sandbox's clock.
 */
export async function measureSandboxRate(
  sandbox: RunningSandbox,
  measured = MEASURED,
  warmup = WARMUP,
): Promise<SandboxRate> {
  const { url, stateDir: dir } = sandbox;
  // Connections of this measurement only, closed when it ends.
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const users = JSON.parse(readFileSync(path.join(dir, 'api-users.json'), 'utf8')) as User[];
    const taxpayers = JSON.parse(readFileSync(path.join(dir, 'taxpayers.json'), 'utf8')) as Taxpayer[];
    const user = users[0] as User;
    const seller = taxpayers.find((t) => t.gstin === user.gstin) as Taxpayer;
    const buyer = taxpayers.find((t) => t.tradeName === 'Kaveri Foods') as Taxpayer;
    const today = formatIstDate(new Date());
    // Document numbers hold at most 16 characters: a short tag of this call, then the serial.
    const tag = Date.now().toString(36).slice(-4).toUpperCase();

    const appKey = randomBytes(32);
    const pub = readFileSync(path.join(dir, 'encryption-public-key.pem'), 'utf8');
    const inner = Buffer.from(
      JSON.stringify({
        UserName: user.userName,
        Password: user.password,
        AppKey: appKey.toString('base64'),
        ForceRefreshAccessToken: false,
      }),
    ).toString('base64');
    const authBody = JSON.stringify({
      Data: publicEncrypt({ key: pub, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(inner)).toString(
        'base64',
      ),
    });
    const base = {
      'Content-Type': 'application/json',
      client_id: user.clientId,
      client_secret: user.clientSecret,
      Gstin: user.gstin,
    };
    const auth = JSON.parse((await post(agent, url, '/eivital/v1.04/auth', base, authBody)).text) as {
      Data: { AuthToken: string; Sek: string };
    };
    const sek = aes(appKey, Buffer.from(auth.Data.Sek, 'base64'), true);
    const headers = { ...base, user_name: user.userName, AuthToken: auth.Data.AuthToken };

    let failures = 0;
    const run = async (total: number, latencies: number[]) => {
      let remaining = total;
      const worker = async () => {
        while (remaining > 0) {
          remaining -= 1;
          serial += 1;
          const doc = invoice(seller, buyer, `B${tag}/${serial}`, today);
          const body = JSON.stringify({
            Data: aes(sek, Buffer.from(JSON.stringify(doc))).toString('base64'),
          });
          const started = performance.now();
          const res = await post(agent, url, '/eicore/v1.03/Invoice', headers, body);
          latencies.push(performance.now() - started);
          if (res.status !== 200 || !res.text.startsWith('{"Status":1')) failures += 1;
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    };

    await run(warmup, []);
    const latencies: number[] = [];
    const started = performance.now();
    await run(measured, latencies);
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { irnsPerSecond: measured / seconds, seconds, latencies, failures };
  } finally {
    agent.destroy();
  }
}

/** Starts `sandbox/cli.ts` as its own process on a free port, with a fresh state folder. */
export async function startBenchSandbox(): Promise<RunningSandbox & { stop(): Promise<void> }> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = mkdtempSync(path.join(tmpdir(), 'irp-sandbox-bench-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'sandbox/cli.ts', '--port', '0', '--state', dir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      // The server's RSA signing runs on libuv's pool; two threads match the two cores.
      env: { ...process.env, UV_THREADPOOL_SIZE: process.env['UV_THREADPOOL_SIZE'] ?? '2' },
    },
  );
  const line = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).once('line', resolve),
  );
  return {
    url: line.replace('IRP sandbox listening on ', ''),
    stateDir: dir,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function bench(): Promise<void> {
  const sandbox = await startBenchSandbox();
  try {
    const { irnsPerSecond, seconds, latencies, failures } = await measureSandboxRate(sandbox);
    console.log(
      `IRN generations: ${MEASURED} with ${CONCURRENCY} concurrent clients in ${seconds.toFixed(2)} s`,
    );
    console.log(`throughput: ${irnsPerSecond.toFixed(0)} IRNs/s (target >= 400)`);
    console.log(
      `latency: p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${(latencies.at(-1) ?? 0).toFixed(2)} ms`,
    );
    console.log(`failed responses: ${failures}`);
  } finally {
    await sandbox.stop();
  }
}
