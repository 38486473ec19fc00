/**
 * The register: every invoice, credit note and debit note of the active GSTIN, with filters,
 * search by number or IRN, sorting, a virtualised list and CSV export of the current view.
 */
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { PartyView } from '../../shared/api/masters';
import type { DocType, InvoiceListQuery, InvoiceSortKey, InvoiceStatus } from '../../shared/api/types';
import { parseIstDate } from '../../shared/time/ist';
import { useDesk } from '../desk/DeskContext';
import { useLoad } from '../desk/useLoad';
import { formatCount } from '../format/amounts';
import { DOC_TYPE_LABELS, STATUS_LABELS } from '../invoices/StatusChip';
import { useDebounced } from '../invoices/useDebounced';
import { useRegisterRows } from '../register/useRegisterRows';
import { VirtualRegister } from '../register/VirtualRegister';
import { useNotify } from '../shell/Notifier';
import { go, invoiceHref } from '../shell/routes';
import { EmptyState } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';
import { SearchField } from './SearchField';

const SORTS: ReadonlyArray<{ key: InvoiceSortKey; label: string }> = [
  { key: 'date-desc', label: 'Date, newest first' },
  { key: 'date-asc', label: 'Date, oldest first' },
  { key: 'docno-asc', label: 'Number, A to Z' },
  { key: 'docno-desc', label: 'Number, Z to A' },
  { key: 'total-desc', label: 'Total, largest first' },
  { key: 'total-asc', label: 'Total, smallest first' },
  { key: 'buyer-asc', label: 'Buyer, A to Z' },
  { key: 'updated-desc', label: 'Last changed first' },
];

function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function DateFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const bad = value.trim() !== '' && !parseIstDate(value.trim());
  return (
    <TextField
      label={label}
      placeholder="dd/mm/yyyy"
      size="small"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={bad}
      helperText={bad ? 'Write the date as dd/mm/yyyy' : undefined}
      sx={{ width: 150 }}
    />
  );
}

export function InvoicesScreen() {
  const api = useDesk();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const [docType, setDocType] = useState<DocType | ''>('');
  const [partyId, setPartyId] = useState<number | ''>('');
  const [dateFrom, setDateFrom] = useState('');
  const [dateTo, setDateTo] = useState('');
  const [sort, setSort] = useState<InvoiceSortKey>('date-desc');
  const parties = useLoad((a) => a['party-list']({ limit: 200 }), 'register-parties');
  const term = useDebounced(search.trim(), 200);

  const query = useMemo(() => {
    const q: InvoiceListQuery = { sort };
    if (status) q.status = status;
    if (docType) q.docType = docType;
    if (partyId !== '') q.partyId = partyId;
    if (term) q.search = term;
    if (parseIstDate(dateFrom.trim())) q.dateFrom = dateFrom.trim();
    if (parseIstDate(dateTo.trim())) q.dateTo = dateTo.trim();
    return q;
  }, [status, docType, partyId, term, dateFrom, dateTo, sort]);
  const rows = useRegisterRows(query);
  const filtered = Boolean(status || docType || partyId !== '' || term || query.dateFrom || query.dateTo);

  const exportCsv = async () => {
    try {
      const { fileName, csv } = await api['invoice-export-csv'](query);
      downloadText(fileName, csv);
      notify.success(`Exported the register to ${fileName}.`);
    } catch (error) {
      notify.error(error);
    }
  };

  const select = <T extends string | number>(
    id: string,
    label: string,
    value: T | '',
    onChange: (v: T | '') => void,
    options: ReadonlyArray<{ value: T; label: string }>,
    all = 'All',
  ) => (
    <FormControl size="small" sx={{ minWidth: 160 }}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value as T | '')}
      >
        {all ? <MenuItem value="">{all}</MenuItem> : null}
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );

  return (
    <ScreenFrame
      title="Invoices"
      intro="Every invoice, credit note and debit note of the active GSTIN. Click a row or press Enter on it to open it."
      actions={
        <Stack direction="row" spacing={1}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => go(invoiceHref.new('INV'))}>
            New invoice
          </Button>
          <Button onClick={() => go(invoiceHref.new('CRN'))}>New credit note</Button>
          <Button onClick={() => go(invoiceHref.new('DBN'))}>New debit note</Button>
        </Stack>
      }
    >
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 2 }}>
        <SearchField
          label="Search invoices"
          placeholder="Number, buyer, GSTIN or IRN"
          value={search}
          onChange={setSearch}
        />
        {select<InvoiceStatus>(
          'invoice-status',
          'Status',
          status,
          setStatus,
          (Object.keys(STATUS_LABELS) as InvoiceStatus[]).map((s) => ({
            value: s,
            label: STATUS_LABELS[s].label,
          })),
        )}
        {select<DocType>(
          'invoice-type',
          'Type',
          docType,
          setDocType,
          (Object.keys(DOC_TYPE_LABELS) as DocType[]).map((d) => ({ value: d, label: DOC_TYPE_LABELS[d] })),
        )}
        {select<number>(
          'invoice-party',
          'Party',
          partyId,
          setPartyId,
          (parties.state.data ?? []).map((p: PartyView) => ({ value: p.id, label: p.legalName })),
        )}
        <DateFilter label="From" value={dateFrom} onChange={setDateFrom} />
        <DateFilter label="To" value={dateTo} onChange={setDateTo} />
        {select<InvoiceSortKey>(
          'invoice-sort',
          'Sort',
          sort,
          (v) => setSort(v || 'date-desc'),
          SORTS.map((s) => ({ value: s.key, label: s.label })),
          '',
        )}
        <Button variant="outlined" onClick={() => void exportCsv()}>
          Export CSV
        </Button>
      </Stack>
      {rows.error && rows.total === null ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={rows.reload}>
              Try again
            </Button>
          }
        >
          The invoices could not be loaded. {rows.error.message}
        </Alert>
      ) : rows.total === null ? (
        <Typography color="text.secondary" role="status">
          Loading invoices…
        </Typography>
      ) : rows.total === 0 ? (
        <EmptyState title={filtered ? 'No invoices match' : 'No invoices yet'}>
          {filtered
            ? 'Try another search or filter.'
            : 'Press Alt+N or New invoice to enter one; invoices generated with the einvoice-desk command appear here too.'}
        </EmptyState>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} aria-live="polite">
            {formatCount(rows.total)} document{rows.total === 1 ? '' : 's'}
          </Typography>
          <VirtualRegister rows={rows} total={rows.total} onOpen={(row) => go(invoiceHref.view(row.id))} />
        </>
      )}
    </ScreenFrame>
  );
}
