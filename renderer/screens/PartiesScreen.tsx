import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useLoad } from '../desk/useLoad';
import { stateLabel } from '../format/amounts';
import { EmptyState, LoadGate } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';
import { SearchField } from './SearchField';

export function PartiesScreen() {
  const [search, setSearch] = useState('');
  const term = search.trim();
  const { state, reload } = useLoad((api) => api['party-list'](term ? { search: term } : {}), term);
  return (
    <ScreenFrame
      title="Parties"
      intro="Buyers and consignees you invoice. Adding and editing parties, with GSTIN look-up at the IRP, arrives with the invoice-lifecycle work."
    >
      <SearchField label="Search parties" placeholder="Name or GSTIN" value={search} onChange={setSearch} />
      <Paper elevation={0} sx={{ mt: 2 }}>
        <LoadGate state={state} what="parties" reload={reload}>
          {(parties) =>
            parties.length === 0 ? (
              <EmptyState title={term ? 'No parties match' : 'No parties yet'}>
                {term
                  ? 'Try another name or GSTIN.'
                  : 'Parties appear here once you save an invoice to them.'}
              </EmptyState>
            ) : (
              <TableContainer component={Paper} variant="outlined">
                <Table size="small" aria-label="Parties">
                  <TableHead>
                    <TableRow>
                      <TableCell>Legal name</TableCell>
                      <TableCell>GSTIN</TableCell>
                      <TableCell>State</TableCell>
                      <TableCell>PIN</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {parties.map((p) => (
                      <TableRow key={p.id} hover>
                        <TableCell>{p.legalName}</TableCell>
                        <TableCell sx={{ fontFamily: 'monospace' }}>{p.gstin ?? 'Unregistered'}</TableCell>
                        <TableCell>{stateLabel(p.stateCode)}</TableCell>
                        <TableCell>{p.pin ?? '—'}</TableCell>
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
