/**
 * Offline validation speed: one 1,000-line invoice, and 10,000 ordinary invoices (1-5
 * lines) timed one by one. Target: median ≤ 0.2 ms per ordinary invoice.
 */
import { validateInv01 } from '../shared/validation';
import { buildInvoice } from '../shared/tax';
import { toInv01 } from '../shared/inv01';
import { sampleInvoiceInput, sampleIntraStateInput, sampleLine } from '../shared/invoice';
import { parseIstDate } from '../shared/time/ist';

const DATE = '15/06/2025';
const options = { now: parseIstDate('20/06/2025')!, strictGstinChecksum: true, aatoPaise: 20_00_00_000_00 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

export default async function run(): Promise<void> {
  const big = sampleInvoiceInput(DATE);
  big.lines = Array.from({ length: 1000 }, (_, i) =>
    sampleLine(String(i + 1), { quantity: 1000 + i, cessRate: 1000 }),
  );
  const bigJson = toInv01(buildInvoice(big));

  const ordinary = Array.from({ length: 10_000 }, (_, n) => {
    const input = n % 2 === 0 ? sampleInvoiceInput(DATE) : sampleIntraStateInput(DATE);
    input.docNo = `INV/25/${n + 1}`;
    input.lines = Array.from({ length: 1 + (n % 5) }, (_, i) =>
      sampleLine(String(i + 1), {
        quantity: 1000 * (1 + ((n + i) % 9)),
        unitPrice: 12_345 * (1 + (i % 7)),
        discount: i * 10,
      }),
    );
    return toInv01(buildInvoice(input));
  });

  // Warm up the JIT so the numbers describe steady state.
  for (let i = 0; i < 200; i++) validateInv01(ordinary[i]!, options);
  for (let i = 0; i < 5; i++) validateInv01(bigJson, options);

  const bigTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    const findings = validateInv01(bigJson, options);
    bigTimes.push(performance.now() - start);
    if (findings.length > 0)
      throw new Error(`1,000-line invoice unexpectedly has findings: ${findings[0]!.message}`);
  }
  bigTimes.sort((a, b) => a - b);

  const times: number[] = [];
  let errors = 0;
  const batchStart = performance.now();
  for (const json of ordinary) {
    const start = performance.now();
    errors += validateInv01(json, options).length;
    times.push(performance.now() - start);
  }
  const batchMs = performance.now() - batchStart;
  if (errors > 0) throw new Error(`${errors} unexpected findings in the ordinary invoices`);
  times.sort((a, b) => a - b);

  const median = percentile(times, 50);
  console.log(
    `1,000-line invoice: median ${percentile(bigTimes, 50).toFixed(2)} ms, worst ${bigTimes.at(-1)!.toFixed(2)} ms (20 runs)`,
  );
  console.log(
    `10,000 ordinary invoices: ${batchMs.toFixed(0)} ms in all; per invoice median ${(median * 1000).toFixed(1)} µs, ` +
      `p95 ${(percentile(times, 95) * 1000).toFixed(1)} µs, p99 ${(percentile(times, 99) * 1000).toFixed(1)} µs`,
  );
  console.log(`target ≤ 0.2 ms median per ordinary invoice: ${median <= 0.2 ? 'met' : 'NOT met'}`);
}
