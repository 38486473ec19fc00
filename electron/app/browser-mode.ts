/**
 * Browser mode in one call: the app's services behind the loopback HTTP bridge, serving the
 * built renderer. `npm start` uses it where Electron is absent; the e2e tests use it through
 * `npm start -- --browser`.
 */
import { startBridge } from '../bridge/http-bridge';
import { openAppServices } from './services';

export interface BrowserModeOptions {
  dataDir: string;
  staticRoot: string;
  port?: number;
}

export interface RunningBrowserMode {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<RunningBrowserMode> {
  const services = await openAppServices({ dataDir: options.dataDir, mode: 'browser' });
  try {
    await services.startBackground();
    const bridge = await startBridge({
      router: services.router,
      staticRoot: options.staticRoot,
      port: options.port ?? 0,
    });
    return {
      url: bridge.url,
      port: bridge.port,
      async close() {
        await bridge.close();
        await services.close();
      },
    };
  } catch (error) {
    await services.close();
    throw error;
  }
}
