import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import type { DocType, InvoiceListQuery, InvoiceStatus } from '../../shared/api/types';
import { formatRupees } from '../../shared/format/indian';
import { useLoad } from '../desk/useLoad';
import { formatAckDate } from '../format/amounts';
import { EmptyState, LoadGate } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';
import { SearchField } from './SearchField';

const STATUS: Record<
  InvoiceStatus,
  { label: string; color: 'default' | 'success' | 'warning' | 'error' | 'info' }
> = {
  draft: { label: 'Draft', color: 'default' },
  pending: { label: 'Pending', color: 'warning' },
  generated: { label: 'IRN generated', color: 'success' },
  failed: { label: 'Refused', color: 'error' },
  cancelled: { label: 'Cancelled', color: 'info' },
};

const DOC_TYPES: Record<DocType, string> = { INV: 'Invoice', CRN: 'Credit note', DBN: 'Debit note' };

const PAGE_SIZE = 25;

export function InvoicesScreen() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const [page, setPage] = useState(0);

  const query: InvoiceListQuery = { limit: PAGE_SIZE, offset: page * PAGE_SIZE };
  if (status) query.status = status;
  if (search.trim()) query.search = search.trim();
  const { state, reload } = useLoad((api) => api['invoice-list'](query), JSON.stringify(query));

  return (
    <ScreenFrame
      title="Invoices"
      intro="Every invoice, credit note and debit note saved on this computer, newest first. Invoice entry arrives with the invoice-lifecycle work."
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <SearchField
          label="Search invoices"
          placeholder="Number, buyer or GSTIN"
          value={search}
          onChange={(value) => {
            setSearch(value);
            setPage(0);
          }}
        />
        <FormControl size="small" sx={{ minWidth: 180 }}>
          <InputLabel id="invoice-status-label">Status</InputLabel>
          <Select
            labelId="invoice-status-label"
            label="Status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as InvoiceStatus | '');
              setPage(0);
            }}
          >
            <MenuItem value="">All</MenuItem>
            {(Object.keys(STATUS) as InvoiceStatus[]).map((s) => (
              <MenuItem key={s} value={s}>
                {STATUS[s].label}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Stack>
      <LoadGate state={state} what="invoices" reload={reload}>
        {(result) =>
          result.total === 0 ? (
            <EmptyState title={search || status ? 'No invoices match' : 'No invoices yet'}>
              {search || status
                ? 'Try another search or status.'
                : 'Invoices you save, or generate with the einvoice-desk command, will be listed here.'}
            </EmptyState>
          ) : (
            <Paper variant="outlined">
              <TableContainer>
                <Table size="small" aria-label="Invoices">
                  <TableHead>
                    <TableRow>
                      <TableCell>Document</TableCell>
                      <TableCell>Date</TableCell>
                      <TableCell>Buyer</TableCell>
                      <TableCell align="right">Total</TableCell>
                      <TableCell>Status</TableCell>
                      <TableCell>Acknowledgement</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {result.rows.map((row) => (
                      <TableRow key={row.id} hover>
                        <TableCell>
                          <strong>{row.docNo}</strong>
                          <br />
                          <small>{DOC_TYPES[row.docType]}</small>
                        </TableCell>
                        <TableCell>{row.docDate}</TableCell>
                        <TableCell>
                          {row.buyerName}
                          <br />
                          <small style={{ fontFamily: 'monospace' }}>
                            {row.buyerGstin ?? 'Unregistered'}
                          </small>
                        </TableCell>
                        <TableCell
                          align="right"
                          sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                        >
                          {formatRupees(row.totalPaise)}
                        </TableCell>
                        <TableCell>
                          <Chip
                            size="small"
                            label={STATUS[row.status].label}
                            color={STATUS[row.status].color}
                          />
                        </TableCell>
                        <TableCell>
                          {row.ackNo ? (
                            <>
                              {row.ackNo}
                              <br />
                              <small>{row.ackDt ? formatAckDate(row.ackDt) : ''}</small>
                            </>
                          ) : (
                            '—'
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <TablePagination
                component="div"
                count={result.total}
                page={page}
                rowsPerPage={PAGE_SIZE}
                rowsPerPageOptions={[PAGE_SIZE]}
                onPageChange={(_e, p) => setPage(p)}
              />
            </Paper>
          )
        }
      </LoadGate>
    </ScreenFrame>
  );
}
