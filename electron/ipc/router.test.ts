import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, DeskError } from '../../shared/api';
import { createRouter, type Handlers } from './router';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const notUsed = () => {
    throw new Error('not used in this test');
  };
  const base = Object.fromEntries(CHANNELS.map((c) => [c, notUsed])) as unknown as Handlers;
  return { ...base, ...overrides };
}

describe('router', () => {
  it('wraps a handler value in an ok envelope', async () => {
    const router = createRouter(
      handlers({
        'gstin-lookup': (req) => ({ gstin: req.gstin, legalName: req.sync ? 'synced' : 'read' }) as never,
      }),
    );
    await expect(router.dispatch('gstin-lookup', { gstin: '27AAKFS7310Q1ZK', sync: true })).resolves.toEqual({
      ok: true,
      value: { gstin: '27AAKFS7310Q1ZK', legalName: 'synced' },
    });
  });

  it('passes a DeskError through as data with its code and field', async () => {
    const router = createRouter(
      handlers({
        'business-activate': () => {
          throw new DeskError('NOT_FOUND', 'GSTIN 29AAGCB7383J1Z4 is not set up in this app.', 'gstin');
        },
      }),
    );
    await expect(router.dispatch('business-activate', { gstin: '29AAGCB7383J1Z4' })).resolves.toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'GSTIN 29AAGCB7383J1Z4 is not set up in this app.',
        field: 'gstin',
      },
    });
  });

  it('hides unexpected errors behind a plain message and logs them', async () => {
    const logger = { error: vi.fn() };
    const router = createRouter(
      handlers({
        'dashboard-summary': () => {
          throw new Error('SQLITE_CORRUPT: /home/x/ledger.sqlite');
        },
      }),
      logger,
    );
    const result = await router.dispatch('dashboard-summary', undefined);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toContain('SQLITE');
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('refuses an unknown channel without calling anything', async () => {
    const router = createRouter(handlers());
    const result = await router.dispatch('invoice-delete-everything', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_CHANNEL',
        message: 'There is no operation called "invoice-delete-everything".',
      },
    });
  });

  it('awaits asynchronous handlers and maps their rejections', async () => {
    const router = createRouter(
      handlers({
        'settings-get': async () => ({ activeGstin: null, roundOffTotals: true, healthPollSeconds: 60 }),
        'item-list': async () =>
          Promise.reject(new DeskError('BAD_REQUEST', 'Search text is too long.', 'search')),
      }),
    );
    await expect(router.dispatch('settings-get', undefined)).resolves.toMatchObject({ ok: true });
    await expect(router.dispatch('item-list', { search: 'x' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', field: 'search' },
    });
  });
});
