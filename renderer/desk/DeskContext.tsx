/**
 * Screens take the API from context rather than importing the client, so the shell test can
 * render the whole app against an in-memory fake.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { DeskApi } from '../../shared/api/contract';
import { desk } from './client';

const DeskContext = createContext<DeskApi>(desk);

export function DeskProvider({ api, children }: { api: DeskApi; children: ReactNode }) {
  return <DeskContext.Provider value={api}>{children}</DeskContext.Provider>;
}

export function useDesk(): DeskApi {
  return useContext(DeskContext);
}
