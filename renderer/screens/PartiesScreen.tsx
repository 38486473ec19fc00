import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import type { PartyView } from '../../shared/api/masters';
import { useDesk } from '../desk/DeskContext';
import { useLoad } from '../desk/useLoad';
import { stateLabel } from '../format/amounts';
import { ConfirmDialog } from '../masters/ConfirmDialog';
import { RowActions } from '../masters/RowActions';
import { PartyDialog } from '../masters/PartyDialog';
import { useNotify } from '../shell/Notifier';
import { EmptyState, LoadGate } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';
import { SearchField } from './SearchField';

export function PartiesScreen() {
  const api = useDesk();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<{ party: PartyView | null } | null>(null);
  const [removing, setRemoving] = useState<PartyView | null>(null);
  const term = search.trim();
  const { state, reload } = useLoad((a) => a['party-list'](term ? { search: term } : {}), term);

  const refresh = async (party: PartyView) => {
    try {
      const result = await api['party-refresh']({ id: party.id });
      if (result.warnings.length) notify.warning(result.warnings.join(' '));
      else
        notify.success(
          result.refreshed ? `Refreshed ${party.legalName} from the IRP.` : 'Already up to date.',
        );
      reload();
    } catch (error) {
      notify.error(error);
    }
  };

  const remove = async (party: PartyView) => {
    setRemoving(null);
    try {
      await api['party-remove']({ id: party.id });
      notify.success(`Removed ${party.legalName}.`);
      reload();
    } catch (error) {
      notify.error(error);
    }
  };

  return (
    <ScreenFrame
      title="Parties"
      intro="Buyers and consignees you invoice. Get GSTIN details fills a registered party from the IRP."
      actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ party: null })}>
          New party
        </Button>
      }
    >
      <SearchField label="Search parties" placeholder="Name or GSTIN" value={search} onChange={setSearch} />
      <Paper elevation={0} sx={{ mt: 2 }}>
        <LoadGate state={state} what="parties" reload={reload}>
          {(parties) =>
            parties.length === 0 ? (
              <EmptyState title={term ? 'No parties match' : 'No parties yet'}>
                {term ? 'Try another name or GSTIN.' : 'Add the buyers you invoice with New party.'}
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
                      <TableCell align="right">Actions</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {parties.map((p) => (
                      <TableRow key={p.id} hover>
                        <TableCell>
                          {p.legalName}
                          {p.warnings.length ? (
                            <Chip
                              size="small"
                              color="warning"
                              label="Check"
                              title={p.warnings.join(' ')}
                              sx={{ ml: 1 }}
                            />
                          ) : null}
                        </TableCell>
                        <TableCell sx={{ fontFamily: 'monospace' }}>{p.gstin ?? p.kindLabel}</TableCell>
                        <TableCell>{stateLabel(p.stateCode)}</TableCell>
                        <TableCell>{p.pin ?? '—'}</TableCell>
                        <TableCell align="right">
                          <RowActions
                            name={p.legalName}
                            onEdit={() => setEditing({ party: p })}
                            onRemove={() => setRemoving(p)}
                            before={
                              p.stale ? (
                                <Button
                                  size="small"
                                  onClick={() => void refresh(p)}
                                  aria-label={`Refresh ${p.legalName}`}
                                >
                                  Refresh
                                </Button>
                              ) : null
                            }
                          />
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
      {editing ? (
        <PartyDialog
          open
          party={editing.party}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.legalName ?? ''}?`}
        confirmLabel="Remove"
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      >
        Invoices already saved to this party keep its details. It will no longer be offered when you enter
        invoices.
      </ConfirmDialog>
    </ScreenFrame>
  );
}
