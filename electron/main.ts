/**
 * Electron main process: window security, single instance, and binding the API router to
 * ipcMain. Everything else lives in plain-Node modules (app/, ledger/, …) so it runs and is
 * tested without Electron. This is one of the only files allowed to import `electron`.
 */
import { app, BrowserWindow, ipcMain, net, protocol, safeStorage, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHANNELS } from '../shared/api';
import { openAppServices, type AppServices } from './app/services';
import { CONTENT_SECURITY_POLICY } from './bridge/security';
import { DATA_DIR_ENV, PRODUCT_NAME } from './data-dir';
import { createElectronStore } from './settings/electron-store';

// The renderer is served from a private scheme rather than file:// so that it gets a real
// origin, response headers (the CSP) and no access to the rest of the disk.
const APP_SCHEME = 'app';
const APP_ORIGIN = `${APP_SCHEME}://desk`;
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const dataOverride = process.env[DATA_DIR_ENV]?.trim();
if (dataOverride) app.setPath('userData', path.resolve(dataOverride));
app.setName(PRODUCT_NAME);

let services: AppServices | undefined;
let mainWindow: BrowserWindow | null = null;

function isOwnUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

function openExternally(url: string): void {
  // Only web links leave the app, and only to the system browser.
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: PRODUCT_NAME,
    show: false,
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) {
      event.preventDefault();
      openExternally(url);
    }
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = path.normalize(path.join(rendererRoot, decodeURIComponent(url.pathname)));
    if (!file.startsWith(rendererRoot + path.sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });

  // No camera, notifications, geolocation or anything else a tax app never needs.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  const dataDir = app.getPath('userData');
  services = await openAppServices({
    dataDir,
    mode: 'electron',
    settings: createElectronStore(dataDir),
    safeStorage,
    migrationsDir: path.join(here, 'migrations'),
    // Packaged: fonts are an extra resource; from a checkout, resources/ beside dist/.
    fontsDir: app.isPackaged
      ? path.join(process.resourcesPath, 'fonts')
      : path.join(here, '..', '..', 'resources', 'fonts'),
    // Printing: the PDF opens in the system viewer, whose Print command reaches the printer.
    openFile: async (file) => {
      const problem = await shell.openPath(file);
      if (problem) throw new Error(`The PDF was saved as ${file} but could not be opened: ${problem}`);
    },
  });
  await services.startBackground();
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, req: unknown) => {
      // Only our own page may call in, never a navigated-away or injected frame.
      if (!event.senderFrame || !isOwnUrl(event.senderFrame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Not allowed from this page.' } };
      }
      return services!.router.dispatch(channel, req);
    });
  }
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void services?.close();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('eInvoice Desk could not start:', error);
    app.exit(1);
  });
}
