/**
 * What the app bar and several screens share: app-info (mode, data folder, active GSTIN,
 * environment) and the GSTINs in the ledger. Loaded once, refreshed after a switch.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, BusinessSummary } from '../../shared/api/types';
import type { DeskError } from '../../shared/api/result';
import { useDesk } from '../desk/DeskContext';
import { asDeskError } from '../desk/useLoad';

export interface AppState {
  /** Undefined until the first answer arrives. */
  info: AppInfo | undefined;
  infoError: DeskError | undefined;
  businesses: BusinessSummary[];
  businessesError: DeskError | undefined;
  loaded: boolean;
  refresh: () => Promise<void>;
}

const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}

interface Snapshot {
  info: AppInfo | undefined;
  infoError: DeskError | undefined;
  businesses: BusinessSummary[];
  businessesError: DeskError | undefined;
  loaded: boolean;
}

export function AppStateProvider({ children }: { children: ReactNode }) {
  const api = useDesk();
  const [snapshot, setSnapshot] = useState<Snapshot>({
    info: undefined,
    infoError: undefined,
    businesses: [],
    businessesError: undefined,
    loaded: false,
  });

  const fetchSnapshot = useCallback(async (): Promise<Snapshot> => {
    const [info, businesses] = await Promise.allSettled([api['app-info'](), api['business-list']()]);
    return {
      info: info.status === 'fulfilled' ? info.value : undefined,
      infoError: info.status === 'rejected' ? asDeskError(info.reason) : undefined,
      businesses: businesses.status === 'fulfilled' ? businesses.value : [],
      businessesError: businesses.status === 'rejected' ? asDeskError(businesses.reason) : undefined,
      loaded: true,
    };
  }, [api]);

  const refresh = useCallback(async () => setSnapshot(await fetchSnapshot()), [fetchSnapshot]);

  useEffect(() => {
    let live = true;
    void fetchSnapshot().then((s) => {
      if (live) setSnapshot(s);
    });
    return () => {
      live = false;
    };
  }, [fetchSnapshot]);

  const value = useMemo(() => ({ ...snapshot, refresh }), [snapshot, refresh]);
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}
