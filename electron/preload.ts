/**
 * Preload (sandboxed): exposes `window.desk`, one function per channel of the API contract,
 * and nothing else. Built from the same contract as the router and the browser-mode client.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, type DeskBridge, type Envelope } from '../shared/api';

const desk = buildBridge(
  (channel, req) => ipcRenderer.invoke(channel, req) as Promise<Envelope<unknown>>,
) satisfies DeskBridge;

contextBridge.exposeInMainWorld('desk', desk);
