/**
 * Rows of the register fetched a page (≤ 500) at a time as they scroll into view. Pages are
 * cached per query; a new query (filters, search, sort) starts over, and answers to an old
 * query are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InvoiceListQuery, InvoiceRow } from '../../shared/api/types';
import { useDesk } from '../desk/DeskContext';
import { asDeskError } from '../desk/useLoad';
import type { DeskError } from '../../shared/api/result';

export const PAGE_SIZE = 200;

export interface RegisterRows {
  /** null until the first page answers. */
  total: number | null;
  row: (index: number) => InvoiceRow | undefined;
  ensurePages: (pages: number[]) => void;
  error: DeskError | undefined;
  reload: () => void;
  /** Bumps when a page arrives, so the list re-renders. */
  version: number;
}

export function useRegisterRows(query: InvoiceListQuery): RegisterRows {
  const api = useDesk();
  const key = JSON.stringify(query);
  const cache = useRef<{ key: string; pages: Map<number, InvoiceRow[]>; asked: Set<number> }>({
    key: '',
    pages: new Map(),
    asked: new Set(),
  });
  // The answer is kept with the query it belongs to, so a new query shows "loading" at once.
  const [answer, setAnswer] = useState<{ key: string; total: number | null; error: DeskError | undefined }>({
    key: '',
    total: null,
    error: undefined,
  });
  const [version, setVersion] = useState(0);
  const [generation, setGeneration] = useState(0);

  const fetchPage = useCallback(
    (page: number) => {
      const current = cache.current;
      if (current.asked.has(page)) return;
      current.asked.add(page);
      const queryKey = current.key;
      api['invoice-list']({
        ...(JSON.parse(queryKey) as InvoiceListQuery),
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      })
        .then((result) => {
          if (cache.current.key !== queryKey) return;
          cache.current.pages.set(page, result.rows);
          setAnswer({ key: queryKey, total: result.total, error: undefined });
          setVersion((v) => v + 1);
        })
        .catch((e: unknown) => {
          if (cache.current.key !== queryKey) return;
          cache.current.asked.delete(page);
          setAnswer((a) => ({
            key: queryKey,
            total: a.key === queryKey ? a.total : null,
            error: asDeskError(e),
          }));
        });
    },
    [api],
  );

  useEffect(() => {
    cache.current = { key, pages: new Map(), asked: new Set() };
    fetchPage(0);
  }, [key, generation, fetchPage]);

  const row = useCallback(
    (index: number) => cache.current.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [],
  );
  const ensurePages = useCallback((pages: number[]) => pages.forEach(fetchPage), [fetchPage]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = answer.key === key;
  return {
    total: current ? answer.total : null,
    row,
    ensurePages,
    error: current ? answer.error : undefined,
    reload,
    version,
  };
}
