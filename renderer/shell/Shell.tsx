import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import { useCallback, useState, type ComponentType } from 'react';
import { DashboardScreen } from '../screens/DashboardScreen';
import { GstinsScreen } from '../screens/GstinsScreen';
import { InvoicesScreen } from '../screens/InvoicesScreen';
import { ItemsScreen } from '../screens/ItemsScreen';
import { PartiesScreen } from '../screens/PartiesScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { isUnauthorized } from '../desk/client';
import { AccessKeyMissing } from './AccessKeyMissing';
import { describeError } from './Notifier';
import { useAppState } from './AppState';
import { ErrorBoundary } from './ErrorBoundary';
import { HelpDialog } from './HelpDialog';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';
import { useHashRoute } from './useHashRoute';
import { screenKeyOf } from './routes';
import { InvoiceEditorScreen } from '../invoices/InvoiceEditorScreen';
import { InvoiceDetailsScreen } from '../invoices/InvoiceDetailsScreen';
import { useShortcuts } from './shortcuts';
import type { SectionId } from './sections';

const SCREENS: Record<SectionId, ComponentType> = {
  dashboard: DashboardScreen,
  invoices: InvoicesScreen,
  parties: PartiesScreen,
  items: ItemsScreen,
  gstins: GstinsScreen,
  settings: SettingsScreen,
};

export function Shell() {
  const [section, navigate, route, hash] = useHashRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const { info, infoError } = useAppState();
  useShortcuts({ navigate, openHelp });

  if (isUnauthorized(infoError)) return <AccessKeyMissing />;

  const Screen = SCREENS[section];
  // Remount the screen when the active GSTIN changes: its figures belong to the old one.
  const screenKey = `${screenKeyOf(route, hash)}:${info?.activeGstin ?? ''}`;
  let content = <Screen key={screenKey} />;
  if (route.kind === 'invoice-new') {
    content = <InvoiceEditorScreen key={screenKey} docType={route.docType} />;
  } else if (route.kind === 'invoice-edit') {
    content = <InvoiceEditorScreen key={screenKey} id={route.id} />;
  } else if (route.kind === 'invoice-view') {
    content = <InvoiceDetailsScreen key={screenKey} id={route.id} />;
  }
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: (t) => t.zIndex.tooltip,
          bgcolor: 'background.paper',
          p: 1,
          '&:focus': { top: 8 },
        }}
      >
        Skip to main content
      </Link>
      <TopBar onHelp={openHelp} />
      <SideNav current={section} />
      <Box
        component="main"
        id="main-content"
        tabIndex={-1}
        sx={{ flexGrow: 1, p: 3, minWidth: 0, outline: 'none' }}
      >
        <Toolbar />
        {infoError ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            The app&apos;s background service could not report its state. {describeError(infoError)}
          </Alert>
        ) : null}
        <ErrorBoundary resetKey={screenKey}>{content}</ErrorBoundary>
      </Box>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </Box>
  );
}
