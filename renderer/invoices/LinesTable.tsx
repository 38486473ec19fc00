/**
 * The lines: item look-up (which fills description, HSN, unit, rate and price), quantity,
 * unit price, discount and GST rate, with each line's tax worked out live. A new blank line is
 * always kept at the end.
 */
import DeleteIcon from '@mui/icons-material/Delete';
import Autocomplete from '@mui/material/Autocomplete';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ItemView } from '../../shared/api/masters';
import { formatRupees } from '../../shared/format/indian';
import type { InvoiceLine } from '../../shared/invoice';
import { GST_RATES_MILLI } from '../../shared/masters/gst-rates';
import { UQC_UNITS } from '../../shared/masters/units';
import { formatGstRate } from '../format/amounts';
import { FIELD_ATTRIBUTE } from './editorKeys';
import { isLineBlank, type FieldErrors, type LineDraft } from './editorModel';
import { pickFirstOnEnter } from './pickFirst';
import { useMasterSearch } from './useMasterSearch';

function ItemCell({
  line,
  n,
  error,
  onChange,
  onPick,
  fieldId,
}: {
  line: LineDraft;
  n: number;
  error: string | undefined;
  onChange: (description: string) => void;
  onPick: (item: ItemView) => void;
  fieldId: string;
}) {
  const [open, setOpen] = useState(false);
  const options = useMasterSearch('item-list', line.description, open);
  return (
    <Autocomplete<ItemView, false, false, true>
      freeSolo
      onKeyDown={(e) => pickFirstOnEnter(e, open, options, onPick, () => setOpen(false))}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      filterOptions={(x) => x}
      getOptionLabel={(o) => (typeof o === 'string' ? o : o.description)}
      renderOption={(props, o) => (
        <li {...props} key={o.id}>
          {o.description} · {o.hsnCode} · {formatGstRate(o.gstRateMilli)}
        </li>
      )}
      value={null}
      inputValue={line.description}
      onInputChange={(_e, value, reason) => {
        if (reason === 'input' || reason === 'clear') onChange(value);
      }}
      onChange={(_e, value) => {
        if (value && typeof value !== 'string') onPick(value);
      }}
      sx={{ minWidth: 220 }}
      renderInput={(params) => (
        <TextField
          {...params}
          size="small"
          placeholder="Item or description"
          error={Boolean(error)}
          helperText={error}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              [FIELD_ATTRIBUTE]: fieldId,
              'aria-label': `Line ${n} item`,
            },
          }}
        />
      )}
    />
  );
}

export function LinesTable({
  lines,
  computed,
  lineIndex,
  errorFor,
  onChange,
  onPick,
  onRemove,
}: {
  lines: LineDraft[];
  /** The computed lines, in the order sent (blank lines left out). */
  computed: InvoiceLine[] | null;
  lineIndex: number[];
  errorFor: (fieldId: string) => string | undefined;
  onChange: (index: number, patch: Partial<LineDraft>) => void;
  onPick: (index: number, item: ItemView) => void;
  onRemove: (index: number) => void;
}) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Invoice lines">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>Item</TableCell>
            <TableCell>HSN/SAC</TableCell>
            <TableCell>Qty</TableCell>
            <TableCell>Unit</TableCell>
            <TableCell>Unit price (₹)</TableCell>
            <TableCell>Discount (₹)</TableCell>
            <TableCell>GST</TableCell>
            <TableCell align="right">Taxable</TableCell>
            <TableCell align="right">Tax</TableCell>
            <TableCell align="right">Line total</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line, index) => {
            const n = index + 1;
            const f = (name: string) => `line.${index}.${name}`;
            const sent = lineIndex.indexOf(index);
            const amounts = sent >= 0 ? computed?.[sent]?.amounts : undefined;
            const text = (name: 'hsn' | 'qty' | 'price' | 'discount', label: string, width: number) => (
              <TextField
                size="small"
                value={line[name]}
                onChange={(e) => onChange(index, { [name]: e.target.value })}
                error={Boolean(errorFor(f(name)))}
                helperText={errorFor(f(name))}
                sx={{ width }}
                slotProps={{ htmlInput: { [FIELD_ATTRIBUTE]: f(name), 'aria-label': `Line ${n} ${label}` } }}
              />
            );
            return (
              <TableRow key={line.key} aria-label={`Line ${n}`}>
                <TableCell>{n}</TableCell>
                <TableCell>
                  <ItemCell
                    line={line}
                    n={n}
                    fieldId={f('description')}
                    error={errorFor(f('description'))}
                    onChange={(description) => onChange(index, { description })}
                    onPick={(item) => onPick(index, item)}
                  />
                </TableCell>
                <TableCell>{text('hsn', 'HSN/SAC', 100)}</TableCell>
                <TableCell>{text('qty', 'quantity', 90)}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={line.unit}
                    onChange={(e) => onChange(index, { unit: e.target.value })}
                    error={Boolean(errorFor(f('unit')))}
                    helperText={errorFor(f('unit'))}
                    slotProps={{
                      select: { native: true },
                      htmlInput: { [FIELD_ATTRIBUTE]: f('unit'), 'aria-label': `Line ${n} unit` },
                    }}
                  >
                    <option value="">—</option>
                    {Object.keys(UQC_UNITS).map((code) => (
                      <option key={code} value={code}>
                        {code}
                      </option>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell>{text('price', 'unit price', 110)}</TableCell>
                <TableCell>{text('discount', 'discount', 90)}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={String(line.gstRateMilli)}
                    onChange={(e) => onChange(index, { gstRateMilli: Number(e.target.value) })}
                    error={Boolean(errorFor(f('gstRate')))}
                    helperText={errorFor(f('gstRate'))}
                    slotProps={{
                      select: { native: true },
                      htmlInput: { [FIELD_ATTRIBUTE]: f('gstRate'), 'aria-label': `Line ${n} GST rate` },
                    }}
                  >
                    {GST_RATES_MILLI.map((r) => (
                      <option key={r} value={String(r)}>
                        {formatGstRate(r)}
                      </option>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {amounts ? formatRupees(amounts.assessableAmount) : ''}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {amounts
                    ? amounts.igst
                      ? `IGST ${formatRupees(amounts.igst)}`
                      : amounts.cgst
                        ? `CGST ${formatRupees(amounts.cgst)} + SGST ${formatRupees(amounts.sgst)}`
                        : formatRupees(0)
                    : ''}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                  {amounts ? formatRupees(amounts.totalItemValue) : ''}
                </TableCell>
                <TableCell>
                  {isLineBlank(line) ? null : (
                    <IconButton aria-label={`Remove line ${n}`} size="small" onClick={() => onRemove(index)}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export type { FieldErrors };
