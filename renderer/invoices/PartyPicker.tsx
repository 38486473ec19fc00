/** The buyer box: search parties as you type; picking one fills the buyer and place of supply. */
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { PartyView } from '../../shared/api/masters';
import { FIELD_ATTRIBUTE } from './editorKeys';
import { pickFirstOnEnter } from './pickFirst';
import { useMasterSearch } from './useMasterSearch';

export function PartyPicker({
  label,
  text,
  onText,
  onPick,
  error,
}: {
  label: string;
  /** What the box shows: the chosen buyer's name, or what is being typed. */
  text: string;
  onText: (text: string) => void;
  onPick: (party: PartyView) => void;
  error?: string | undefined;
}) {
  const [open, setOpen] = useState(false);
  const options = useMasterSearch('party-list', text, open);

  return (
    <Autocomplete<PartyView, false, false, true>
      freeSolo
      onKeyDown={(e) => pickFirstOnEnter(e, open, options, onPick, () => setOpen(false))}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      filterOptions={(x) => x}
      getOptionLabel={(o) => (typeof o === 'string' ? o : o.legalName)}
      renderOption={(props, o) => (
        <li {...props} key={o.id}>
          {o.legalName} · {o.gstin ?? o.kindLabel} · {o.stateName}
        </li>
      )}
      value={null}
      inputValue={text}
      onInputChange={(_e, value, reason) => {
        if (reason === 'input' || reason === 'clear') onText(value);
      }}
      onChange={(_e, value) => {
        if (value && typeof value !== 'string') onPick(value);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          size="small"
          error={Boolean(error)}
          helperText={error || 'Type a name or GSTIN'}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, [FIELD_ATTRIBUTE]: 'party' },
          }}
        />
      )}
    />
  );
}
