/**
 * Create or edit an item: description, HSN/SAC, goods or service, unit (UQC), GST rate (the
 * IRP's list), cess and a default price typed in rupees (read to thousandths by shared/money).
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ItemSaveInput, ItemView } from '../../shared/api/masters';
import { GST_RATES_MILLI } from '../../shared/masters/gst-rates';
import { UQC_UNITS } from '../../shared/masters/units';
import { MoneyParseError, parseRate, parseUnitPrice } from '../../shared/money';
import { useDesk } from '../desk/DeskContext';
import { formatGstRate } from '../format/amounts';
import { milliText } from '../invoices/editorModel';
import { useNotify } from '../shell/Notifier';
import { fieldErrorOf } from './fieldErrors';

interface Form {
  description: string;
  hsnCode: string;
  isService: boolean;
  unit: string;
  gstRateMilli: number;
  cessRate: string;
  price: string;
}

export function ItemDialog({
  open,
  item,
  onClose,
  onSaved,
}: {
  open: boolean;
  item: ItemView | null;
  onClose: () => void;
  onSaved: (item: ItemView) => void;
}) {
  const api = useDesk();
  const notify = useNotify();
  const [form, setForm] = useState<Form>({
    description: item?.description ?? '',
    hsnCode: item?.hsnCode ?? '',
    isService: item?.isService ?? false,
    unit: item?.unit ?? '',
    gstRateMilli: item?.gstRateMilli ?? 18000,
    cessRate: item?.cessRateMilli ? milliText(item.cessRateMilli) : '',
    price: item?.defaultUnitPriceMilli != null ? milliText(item.defaultUnitPriceMilli) : '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const update = (patch: Partial<Form>, field: string) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => ({ ...e, [field]: '' }));
  };

  const toInput = (): ItemSaveInput | null => {
    const local: Record<string, string> = {};
    let price: number | null = null;
    let cess = 0;
    try {
      if (form.price.trim()) price = parseUnitPrice(form.price, 'Default price');
    } catch (e) {
      local.defaultUnitPriceMilli =
        e instanceof MoneyParseError ? e.message : 'Default price is not a number.';
    }
    try {
      if (form.cessRate.trim()) cess = parseRate(form.cessRate, 'Cess rate');
    } catch (e) {
      local.cessRateMilli = e instanceof MoneyParseError ? e.message : 'Cess rate is not a number.';
    }
    if (Object.keys(local).length) {
      setErrors(local);
      return null;
    }
    return {
      ...(item ? { id: item.id } : {}),
      description: form.description.trim(),
      hsnCode: form.hsnCode.trim(),
      isService: form.isService,
      unit: form.unit || null,
      gstRateMilli: form.gstRateMilli,
      cessRateMilli: cess,
      defaultUnitPriceMilli: price,
    };
  };

  const save = async () => {
    const input = toInput();
    if (!input) return;
    setBusy(true);
    try {
      const saved = await api['item-save'](input);
      notify.success(`Saved ${saved.description}.`);
      onSaved(saved);
    } catch (error) {
      const field = fieldErrorOf(error);
      if (field) setErrors(field);
      notify.error(error);
    } finally {
      setBusy(false);
    }
  };

  const err = (key: string) => ({ error: Boolean(errors[key]), helperText: errors[key] || ' ' });

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="item-dialog-title">
      <DialogTitle id="item-dialog-title">{item ? `Edit ${item.description}` : 'New item'}</DialogTitle>
      <DialogContent>
        <form
          id="item-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Grid container spacing={2} sx={{ mt: 1 }}>
            <Grid size={12}>
              <TextField
                label="Description"
                value={form.description}
                onChange={(e) => update({ description: e.target.value }, 'description')}
                fullWidth
                size="small"
                required
                {...err('description')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                label="HSN / SAC"
                value={form.hsnCode}
                onChange={(e) => update({ hsnCode: e.target.value }, 'hsnCode')}
                fullWidth
                size="small"
                required
                {...err('hsnCode')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <RadioGroup
                row
                aria-label="Goods or service"
                value={form.isService ? 'service' : 'goods'}
                onChange={(e) => update({ isService: e.target.value === 'service' }, 'isService')}
              >
                <FormControlLabel value="goods" control={<Radio />} label="Goods" />
                <FormControlLabel value="service" control={<Radio />} label="Service" />
              </RadioGroup>
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                select
                label="Unit"
                value={form.unit}
                onChange={(e) => update({ unit: e.target.value }, 'unit')}
                fullWidth
                size="small"
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                {...err('unit')}
              >
                <option value="">{form.isService ? 'None (service)' : 'Choose…'}</option>
                {Object.entries(UQC_UNITS).map(([code, name]) => (
                  <option key={code} value={code}>
                    {code} · {name}
                  </option>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                select
                label="GST rate"
                value={String(form.gstRateMilli)}
                onChange={(e) => update({ gstRateMilli: Number(e.target.value) }, 'gstRateMilli')}
                fullWidth
                size="small"
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                {...err('gstRateMilli')}
              >
                {GST_RATES_MILLI.map((r) => (
                  <option key={r} value={String(r)}>
                    {formatGstRate(r)}
                  </option>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                label="Cess rate (%)"
                value={form.cessRate}
                onChange={(e) => update({ cessRate: e.target.value }, 'cessRateMilli')}
                fullWidth
                size="small"
                {...err('cessRateMilli')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                label="Default price (₹)"
                value={form.price}
                onChange={(e) => update({ price: e.target.value }, 'defaultUnitPriceMilli')}
                fullWidth
                size="small"
                {...err('defaultUnitPriceMilli')}
              />
            </Grid>
          </Grid>
        </form>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="item-form" variant="contained" disabled={busy}>
          Save item
        </Button>
      </DialogActions>
    </Dialog>
  );
}
