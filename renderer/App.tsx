import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { DeskApi } from '../shared/api/contract';
import { DeskProvider } from './desk/DeskContext';
import { AppStateProvider } from './shell/AppState';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { NotifierProvider } from './shell/Notifier';
import { Shell } from './shell/Shell';
import { theme } from './theme';

/** The whole renderer; `api` is injectable so tests can render it against a fake. */
export function App({ api }: { api: DeskApi }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <DeskProvider api={api}>
          <NotifierProvider>
            <AppStateProvider>
              <Shell />
            </AppStateProvider>
          </NotifierProvider>
        </DeskProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
