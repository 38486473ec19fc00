import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ItemView } from '../../shared/api/masters';
import { useDesk } from '../desk/DeskContext';
import { useLoad } from '../desk/useLoad';
import { ConfirmDialog } from '../masters/ConfirmDialog';
import { RowActions } from '../masters/RowActions';
import { ItemDialog } from '../masters/ItemDialog';
import { useNotify } from '../shell/Notifier';
import { formatGstRate, formatMilliRupees } from '../format/amounts';
import { EmptyState, LoadGate } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';
import { SearchField } from './SearchField';

export function ItemsScreen() {
  const api = useDesk();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<{ item: ItemView | null } | null>(null);
  const [removing, setRemoving] = useState<ItemView | null>(null);
  const remove = async (item: ItemView) => {
    setRemoving(null);
    try {
      await api['item-remove']({ id: item.id });
      notify.success(`Removed ${item.description}.`);
      reload();
    } catch (error) {
      notify.error(error);
    }
  };
  const term = search.trim();
  const { state, reload } = useLoad((api) => api['item-list'](term ? { search: term } : {}), term);
  return (
    <ScreenFrame
      title="Items"
      intro="Goods and services with their HSN/SAC code, unit and GST rate, offered as you type an invoice line."
      actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ item: null })}>
          New item
        </Button>
      }
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
                  : 'Add the goods and services you sell with New item.'}
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
                      <TableCell align="right">Actions</TableCell>
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
                          {item.defaultUnitPriceMilli === null
                            ? '—'
                            : formatMilliRupees(item.defaultUnitPriceMilli)}
                        </TableCell>
                        <TableCell align="right">
                          <RowActions
                            name={item.description}
                            onEdit={() => setEditing({ item })}
                            onRemove={() => setRemoving(item)}
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
        <ItemDialog
          open
          item={editing.item}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.description ?? ''}?`}
        confirmLabel="Remove"
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      >
        Invoices already saved keep their lines. The item will no longer be offered when you enter invoices.
      </ConfirmDialog>
    </ScreenFrame>
  );
}
