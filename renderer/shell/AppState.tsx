/**
 * What the app bar and several screens share: app-info (mode, data folder, active GSTIN,
 * environment), the GSTINs in the ledger and the GSTINs with API access (secrets masked).
 * Loaded once, refreshed after a switch, a save or a removal.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, BusinessSummary, GstinProfileView } from '../../shared/api/types';
import type { DeskError } from '../../shared/api/result';
import { useDesk } from '../desk/DeskContext';
import { asDeskError } from '../desk/useLoad';

export interface AppState {
  /** Undefined until the first answer arrives. */
  info: AppInfo | undefined;
  infoError: DeskError | undefined;
  businesses: BusinessSummary[];
  businessesError: DeskError | undefined;
  /** GSTINs with API access; a business without one is in the ledger only. */
  profiles: GstinProfileView[];
  profilesError: DeskError | undefined;
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
  profiles: GstinProfileView[];
  profilesError: DeskError | undefined;
  loaded: boolean;
}

export function AppStateProvider({ children }: { children: ReactNode }) {
  const api = useDesk();
  const [snapshot, setSnapshot] = useState<Snapshot>({
    info: undefined,
    infoError: undefined,
    businesses: [],
    businessesError: undefined,
    profiles: [],
    profilesError: undefined,
    loaded: false,
  });

  const fetchSnapshot = useCallback(async (): Promise<Snapshot> => {
    const [info, businesses, profiles] = await Promise.allSettled([
      api['app-info'](),
      api['business-list'](),
      api['gstin-profiles'](),
    ]);
    return {
      info: info.status === 'fulfilled' ? info.value : undefined,
      infoError: info.status === 'rejected' ? asDeskError(info.reason) : undefined,
      businesses: businesses.status === 'fulfilled' ? businesses.value : [],
      businessesError: businesses.status === 'rejected' ? asDeskError(businesses.reason) : undefined,
      profiles: profiles.status === 'fulfilled' ? profiles.value : [],
      profilesError: profiles.status === 'rejected' ? asDeskError(profiles.reason) : undefined,
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
