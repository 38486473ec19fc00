import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../shared/api';
import { useDesk } from '../desk/DeskContext';
import { useDebounced } from './useDebounced';

/**
 * Search as you type over parties or items for a look-up box: asks only while the list is
 * open, waits for a short pause in typing, and ignores answers that arrive after a newer one.
 */
export function useMasterSearch<C extends 'party-list' | 'item-list'>(
  channel: C,
  text: string,
  open: boolean,
): ResponseOf<C> {
  const api = useDesk();
  const [options, setOptions] = useState<ResponseOf<C>>([] as ResponseOf<C>);
  const search = useDebounced(text, 150);
  useEffect(() => {
    if (!open) return;
    let live = true;
    (api[channel]({ search: search.trim(), limit: 20 }) as Promise<ResponseOf<C>>)
      .then((list) => live && setOptions(list))
      .catch(() => live && setOptions([] as ResponseOf<C>));
    return () => {
      live = false;
    };
  }, [api, channel, search, open]);
  return options;
}
