import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { LoadState } from '../desk/useLoad';
import { describeError } from '../shell/Notifier';

/** Loading spinner, a polite error with Try again, or the content. */
export function LoadGate<T>({
  state,
  what,
  reload,
  children,
}: {
  state: LoadState<T>;
  /** "invoices", "parties": used in the messages. */
  what: string;
  reload: () => void;
  children: (data: T) => ReactNode;
}) {
  if (state.status === 'error' && state.data === undefined) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={reload}>
            Try again
          </Button>
        }
      >
        The {what} could not be loaded. {describeError(state.error)}
      </Alert>
    );
  }
  if (state.data === undefined) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 4 }} role="status">
        <CircularProgress size={24} aria-label={`Loading ${what}`} />
        <Typography color="text.secondary">Loading {what}…</Typography>
      </Box>
    );
  }
  return <>{children(state.data)}</>;
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h6" component="p" gutterBottom>
        {title}
      </Typography>
      {children ? <Typography color="text.secondary">{children}</Typography> : null}
    </Paper>
  );
}
