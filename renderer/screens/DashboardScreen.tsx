import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import type { DashboardSummary } from '../../shared/api/types';
import { formatDate } from '../../shared/format/indian';
import { useLoad } from '../desk/useLoad';
import { formatCount } from '../format/amounts';
import { sectionHref } from '../shell/sections';
import { DashboardDetail } from './DashboardDetail';
import { LoadGate } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';

const CARDS: ReadonlyArray<{ key: keyof DashboardSummary; label: string; hint: string }> = [
  {
    key: 'generatedToday',
    label: 'IRNs generated today',
    hint: 'Registered with the IRP since midnight IST',
  },
  { key: 'pending', label: 'Pending', hint: 'Saved and queued: the IRP has not answered yet' },
  { key: 'failed', label: 'Refused', hint: 'The IRP refused them; open each to see why' },
  { key: 'cancellableNow', label: 'Cancellable now', hint: 'Still inside the 24-hour cancellation window' },
  { key: 'drafts', label: 'Drafts', hint: 'Not yet sent to the IRP' },
];

export function DashboardScreen() {
  const { state, reload } = useLoad((api) => api['dashboard-summary'](), 'dashboard');
  const detail = useLoad((api) => api['dashboard-detail'](), 'dashboard-detail');
  const reloadAll = () => {
    reload();
    detail.reload();
  };
  return (
    <ScreenFrame
      title="Dashboard"
      intro={`Today is ${formatDate(new Date())} (IST). Counts are for the active GSTIN.`}
    >
      <LoadGate state={state} what="dashboard figures" reload={reload}>
        {(summary) => (
          <Grid container spacing={2}>
            {CARDS.map((card) => (
              <Grid key={card.key} size={{ xs: 12, sm: 6, lg: 4 }}>
                <Card variant="outlined" component="section" aria-label={card.label}>
                  <CardActionArea href={sectionHref('invoices')}>
                    <CardContent>
                      <Typography color="text.secondary" component="h2" variant="subtitle2">
                        {card.label}
                      </Typography>
                      <Typography variant="h3" component="p" sx={{ fontWeight: 600, my: 1 }}>
                        {formatCount(summary[card.key])}
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {card.hint}
                      </Typography>
                    </CardContent>
                  </CardActionArea>
                </Card>
              </Grid>
            ))}
          </Grid>
        )}
      </LoadGate>
      <LoadGate state={detail.state} what="details" reload={detail.reload}>
        {(d) => <DashboardDetail detail={d} onChanged={reloadAll} />}
      </LoadGate>
    </ScreenFrame>
  );
}
