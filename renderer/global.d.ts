import type { DeskBridge } from '../shared/api/contract';

declare global {
  interface Window {
    /** Set by the Electron preload through contextBridge; absent in browser mode. */
    desk?: DeskBridge;
  }
}

export {};
