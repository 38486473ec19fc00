import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { SEARCH_ATTRIBUTE } from '../shell/shortcuts';

/** The screen's search box; Ctrl+K focuses it. */
export function SearchField({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      label={label}
      placeholder={placeholder}
      size="small"
      type="search"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 320 }}
      slotProps={{
        htmlInput: { [SEARCH_ATTRIBUTE]: '' },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
