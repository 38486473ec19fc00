import { describe, expect, it } from 'vitest';
import { runCli, usage } from './main';
import { captureIo } from './test-io';

describe('einvoice-desk', () => {
  it('prints usage for --help and exits 0', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: einvoice-desk <command>');
    expect(io.out()).toContain('validate');
  });

  it('prints usage and exits 2 with no command at all', async () => {
    const io = captureIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.out()).toBe(usage());
  });

  it('names an unknown command in plain words', async () => {
    const io = captureIo();
    expect(await runCli(['frobnicate', '--json'], io)).toBe(2);
    expect(io.err()).toContain('Unknown command "frobnicate --json"');
  });
});
