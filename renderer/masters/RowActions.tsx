import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';

/** Edit and Remove for one row of a master list, named after the row for screen readers and tests. */
export function RowActions({
  name,
  onEdit,
  onRemove,
  before,
}: {
  name: string;
  onEdit: () => void;
  onRemove: () => void;
  /** Extra actions shown first (e.g. a party's Refresh). */
  before?: ReactNode;
}) {
  return (
    <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
      {before}
      <Button size="small" onClick={onEdit} aria-label={`Edit ${name}`}>
        Edit
      </Button>
      <Button size="small" color="error" onClick={onRemove} aria-label={`Remove ${name}`}>
        Remove
      </Button>
    </Stack>
  );
}
