import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfStore } from './store';

describe('createConfStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'vault-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("sees another process's write to the file at once, though it keeps the parsed file between reads", () => {
    const app = createConfStore(dir);
    const cli = createConfStore(dir); // a second handle on the same file, as the CLI has
    app.set('profiles', { A: { name: 'first' } });
    expect(cli.get('profiles')).toEqual({ A: { name: 'first' } });
    app.set('profiles', { A: { name: 'second' } });
    expect(cli.get('profiles')).toEqual({ A: { name: 'second' } });
    cli.delete('profiles');
    expect(app.get('profiles')).toBeUndefined();
  });

  it('hands out copies: changing what get returned changes nothing stored', () => {
    const store = createConfStore(dir);
    store.set('profiles', { A: { name: 'kept' } });
    const read = store.get('profiles') as Record<string, { name: string }>;
    read.A!.name = 'changed without set';
    expect(store.get('profiles')).toEqual({ A: { name: 'kept' } });
  });
});
