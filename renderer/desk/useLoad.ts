import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeskApi } from '../../shared/api/contract';
import { DeskError, LocalErrorCode } from '../../shared/api/result';
import { useDesk } from './DeskContext';

export type LoadState<T> =
  | { status: 'loading'; data: T | undefined; error: undefined }
  | { status: 'ready'; data: T; error: undefined }
  | { status: 'error'; data: T | undefined; error: DeskError };

export interface Loaded<T> {
  state: LoadState<T>;
  reload: () => void;
}

export function asDeskError(error: unknown): DeskError {
  if (error instanceof DeskError) return error;
  return new DeskError(
    LocalErrorCode.Internal,
    'Something unexpected happened on this screen. Please try again.',
  );
}

/**
 * Loads data through the API and reloads whenever `key` changes. Answers that arrive after a
 * newer request was made are dropped, so fast typing in a search box never shows stale rows.
 */
export function useLoad<T>(load: (api: DeskApi) => Promise<T>, key: string): Loaded<T> {
  const api = useDesk();
  const [state, setState] = useState<LoadState<T>>({ status: 'loading', data: undefined, error: undefined });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);

  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    const ticket = ++latest.current;
    loadRef
      .current(api)
      .then((data) => {
        if (ticket === latest.current) setState({ status: 'ready', data, error: undefined });
      })
      .catch((error: unknown) => {
        if (ticket === latest.current)
          setState((prev) => ({ status: 'error', data: prev.data, error: asDeskError(error) }));
      });
  }, [api, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
