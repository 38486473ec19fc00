/**
 * One snackbar for the whole app: actions report their DeskErrors (and successes) here, and
 * so does any DeskError that escapes as an unhandled promise rejection.
 */
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DeskError } from '../../shared/api/result';
import { asDeskError } from '../desk/useLoad';

interface Notice {
  id: number;
  severity: 'error' | 'success' | 'warning' | 'info';
  message: string;
}

interface Notifier {
  error: (error: unknown) => void;
  success: (message: string) => void;
  /** Done, but with something the user should know (e.g. saved without a connection test). */
  warning: (message: string) => void;
}

const NotifierContext = createContext<Notifier>({
  error: () => undefined,
  success: () => undefined,
  warning: () => undefined,
});

export function useNotify(): Notifier {
  return useContext(NotifierContext);
}

/** The message plus the field it is about, when the error names one. */
export function describeError(error: DeskError): string {
  return error.field ? `${error.message} (field: ${error.field})` : error.message;
}

let nextId = 1;

export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);

  const error = useCallback((e: unknown) => {
    setNotice({ id: nextId++, severity: 'error', message: describeError(asDeskError(e)) });
  }, []);
  const success = useCallback((message: string) => {
    setNotice({ id: nextId++, severity: 'success', message });
  }, []);

  const warning = useCallback((message: string) => {
    setNotice({ id: nextId++, severity: 'warning', message });
  }, []);

  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      if (event.reason instanceof DeskError) {
        event.preventDefault();
        error(event.reason);
      }
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [error]);

  const value = useMemo(() => ({ error, success, warning }), [error, success, warning]);
  const close = () => setNotice(null);

  return (
    <NotifierContext.Provider value={value}>
      {children}
      <Snackbar
        key={notice?.id}
        open={notice !== null}
        autoHideDuration={notice?.severity === 'error' || notice?.severity === 'warning' ? 8000 : 4000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') close();
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {notice ? (
          <Alert severity={notice.severity} variant="filled" onClose={close} sx={{ width: '100%' }}>
            {notice.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NotifierContext.Provider>
  );
}
