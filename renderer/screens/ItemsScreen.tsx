import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useLoad } from '../desk/useLoad';
import { formatGstRate, formatMilliRupees } from '../format/amounts';
import { EmptyState, LoadGate } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';
import { SearchField } from './SearchField';

export function ItemsScreen() {
  const [search, setSearch] = useState('');
  const term = search.trim();
  const { state, reload } = useLoad((api) => api['item-list'](term ? { search: term } : {}), term);
  return (
    <ScreenFrame
      title="Items"
      intro="Goods and services with their HSN/SAC code, unit and GST rate. Adding and editing items arrives with the invoice-lifecycle work."
    >
      <SearchField
        label="Search items"
        placeholder="Description or HSN code"
        value={search}
        onChange={setSearch}
      />
      <Paper elevation={0} sx={{ mt: 2 }}>
        <LoadGate state={state} what="items" reload={reload}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={term ? 'No items match' : 'No items yet'}>
                {term
                  ? 'Try another description or HSN code.'
                  : 'Items appear here once you save an invoice with them.'}
              </EmptyState>
            ) : (
              <TableContainer component={Paper} variant="outlined">
                <Table size="small" aria-label="Items">
                  <TableHead>
                    <TableRow>
                      <TableCell>Description</TableCell>
                      <TableCell>HSN / SAC</TableCell>
                      <TableCell>Kind</TableCell>
                      <TableCell>Unit</TableCell>
                      <TableCell align="right">GST rate</TableCell>
                      <TableCell align="right">Unit price</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {items.map((item) => (
                      <TableRow key={item.id} hover>
                        <TableCell>{item.description}</TableCell>
                        <TableCell sx={{ fontFamily: 'monospace' }}>{item.hsnCode}</TableCell>
                        <TableCell>{item.isService ? 'Service' : 'Goods'}</TableCell>
                        <TableCell>{item.unit ?? '—'}</TableCell>
                        <TableCell align="right">{formatGstRate(item.gstRateMilli)}</TableCell>
                        <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                          {item.defaultUnitPriceMilli === null ? '—' : formatMilliRupees(item.defaultUnitPriceMilli)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )
          }
        </LoadGate>
      </Paper>
    </ScreenFrame>
  );
}
