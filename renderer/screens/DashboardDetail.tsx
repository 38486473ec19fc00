/**
 * What needs attention today: IRNs still cancellable (with each one's 24-hour window counting
 * down every second), invoices waiting for the IRP, refusals with their reasons, documents
 * close to the 30-day reporting limit, and e-way bills whose validity is running out.
 */
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import type { DashboardDetail as Detail } from '../../shared/api/types';
import { formatRupees } from '../../shared/format/indian';
import { formatIstDateTime } from '../../shared/time/ist';
import { useDesk } from '../desk/DeskContext';
import { parseEwbDateTime, validityText } from '../ewaybill/validity';
import { isUrgent, timeLeftText } from '../invoices/countdown';
import { useNow } from '../invoices/useNow';
import { useNotify } from '../shell/Notifier';
import { invoiceHref } from '../shell/routes';

function Section({
  title,
  empty,
  children,
  count,
}: {
  title: string;
  empty: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2, height: '100%' }}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {count === 0 ? <Typography color="text.secondary">{empty}</Typography> : <List dense>{children}</List>}
    </Paper>
  );
}

type EwayBillInTransit = Detail['ewayBills'][number];

/** Under two hours of validity left is worth a second look; an expired one needs a new Part-B. */
function validityTone(e: EwayBillInTransit, now: Date): 'expired' | 'urgent' | 'normal' {
  const until = e.validTill ? parseEwbDateTime(e.validTill) : null;
  if (!until) return 'normal';
  const ms = until.getTime() - now.getTime();
  return ms <= 0 ? 'expired' : ms < 2 * 3_600_000 ? 'urgent' : 'normal';
}

function EwayBillValidity({ e, now }: { e: EwayBillInTransit; now: Date }) {
  const tone = validityTone(e, now);
  return (
    <span
      style={{ fontWeight: tone === 'normal' ? 400 : 700 }}
      data-tone={tone}
      aria-label={`E-way bill ${e.ewbNo} validity`}
    >
      {e.validTill
        ? `${validityText(e.validTill, now)} (till ${e.validTill} IST)`
        : 'Part-A only: no vehicle yet, so the validity has not started'}
    </span>
  );
}

export function DashboardDetail({ detail, onChanged }: { detail: Detail; onChanged: () => void }) {
  const api = useDesk();
  const notify = useNotify();
  const now = useNow();
  const [busy, setBusy] = useState(false);

  const retry = async () => {
    setBusy(true);
    try {
      const r = await api['outbox-retry']();
      notify.success(
        `Sent ${r.processed}: ${r.generated} generated, ${r.failed} refused, ${r.stillPending} still waiting.`,
      );
      onChanged();
    } catch (error) {
      notify.error(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section
          title="Cancellable now (24-hour windows)"
          count={detail.cancellable.length}
          empty="No IRN is inside its 24-hour cancel window."
        >
          {detail.cancellable.map((c) => (
            <ListItem key={c.id} disableGutters>
              <ListItemText
                primary={
                  <Link href={invoiceHref.view(c.id)}>
                    {c.docNo} · {c.buyerName} · {formatRupees(c.totalPaise)}
                  </Link>
                }
                secondary={
                  <span style={{ fontWeight: isUrgent(c.deadline, now) ? 700 : 400 }}>
                    {timeLeftText(c.deadline, now)} (until {formatIstDateTime(new Date(c.deadline))} IST)
                  </span>
                }
              />
            </ListItem>
          ))}
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section
          title="Waiting for the IRP"
          count={detail.pending.length}
          empty="Nothing is waiting for the IRP."
        >
          {detail.pending.map((p) => (
            <ListItem key={p.id} disableGutters>
              <ListItemText
                primary={
                  <Link href={invoiceHref.view(p.id)}>
                    {p.docNo} · {p.buyerName}
                  </Link>
                }
                secondary={`${p.state}${
                  p.nextAttemptAt ? ` · next attempt ${formatIstDateTime(new Date(p.nextAttemptAt))} IST` : ''
                }${p.reason ? ` · ${p.reason}` : ''}`}
              />
            </ListItem>
          ))}
        </Section>
        {detail.pending.length > 0 ? (
          <Stack direction="row" sx={{ mt: 1 }}>
            <Button variant="outlined" disabled={busy} onClick={() => void retry()}>
              Retry now
            </Button>
          </Stack>
        ) : null}
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="Refused" count={detail.failed.length} empty="No refusals.">
          {detail.failed.map((f) => (
            <ListItem key={f.id} disableGutters>
              <ListItemText
                primary={
                  <Link href={invoiceHref.view(f.id)}>
                    {f.docNo} · {f.buyerName}
                  </Link>
                }
                secondary={f.reason}
              />
            </ListItem>
          ))}
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section
          title="Nearing the 30-day reporting limit"
          count={detail.nearingReportingLimit.length}
          empty="No document is close to the 30-day limit."
        >
          {detail.nearingReportingLimit.map((n) => (
            <ListItem key={n.id} disableGutters>
              <ListItemText
                primary={
                  <Link href={invoiceHref.view(n.id)}>
                    {n.docNo} of {n.docDate}
                  </Link>
                }
                secondary={
                  n.daysLeft > 0 ? `${n.daysLeft} day${n.daysLeft === 1 ? '' : 's'} left` : 'Past the limit'
                }
              />
            </ListItem>
          ))}
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="E-way bills in transit" count={detail.ewayBills.length} empty="No active e-way bill.">
          {detail.ewayBills.map((e) => (
            <ListItem key={`${e.id}-${e.ewbNo}`} disableGutters>
              <ListItemText
                primary={
                  <Link href={invoiceHref.view(e.id)}>
                    {e.docNo} · e-way bill {e.ewbNo}
                  </Link>
                }
                secondary={<EwayBillValidity e={e} now={now} />}
              />
            </ListItem>
          ))}
        </Section>
      </Grid>
    </Grid>
  );
}
