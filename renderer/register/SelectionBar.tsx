/**
 * Above the register: how many invoices are ticked and "Print selected", which makes one PDF of
 * them all with the print button's progress ("Preparing N e-invoices…").
 */
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatCount } from '../format/amounts';
import { PrintButton } from '../print/PrintButton';

export function SelectionBar({ ids, onClear }: { ids: number[]; onClear: () => void }) {
  return (
    <Stack
      direction="row"
      spacing={2}
      role="toolbar"
      aria-label="Selected invoices"
      sx={{ mb: 1, alignItems: 'flex-start' }}
    >
      <PrintButton ids={ids} label="Print selected" />
      <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }} aria-live="polite">
        {ids.length === 0
          ? 'Tick generated or cancelled invoices (or press Space on a row) to print them together.'
          : `${formatCount(ids.length)} selected`}
      </Typography>
      {ids.length > 0 ? (
        <Button size="small" sx={{ mt: 0.5 }} onClick={onClear}>
          Clear selection
        </Button>
      ) : null}
    </Stack>
  );
}
