/**
 * The invoice editor: keyboard-first entry of an invoice, credit note or debit note, with tax
 * worked out live by shared/tax and the IRP's rules checked as you type by shared/validation.
 * Drafts save without those rules; Ctrl+Enter saves and asks the IRP for the IRN.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PartyView } from '../../shared/api/masters';
import { DeskError } from '../../shared/api/result';
import type { InvoiceDetailView } from '../../shared/api/types';
import { formatRupees } from '../../shared/format/indian';
import { SUPPLY_TYPES, type InvoiceInput } from '../../shared/invoice';
import { STATES } from '../../shared/masters/states';
import { amountInWords } from '../../shared/money';
import { validateInvoice, type Finding } from '../../shared/validation';
import { useDesk } from '../desk/DeskContext';
import { PART_B_FIELDS, type PartBDraft, type PartBErrors, type PartBField } from '../ewaybill/partBModel';
import { ConfirmDialog } from '../masters/ConfirmDialog';
import { PartyDialog } from '../masters/PartyDialog';
import { useAppState } from '../shell/AppState';
import { useNotify } from '../shell/Notifier';
import { continueEditorAs, go, invoiceHref } from '../shell/routes';
import { FIELD_ATTRIBUTE, onEntryKeyDown, useEditorCommands } from './editorKeys';
import { EwbDetailsSection, ewbFieldId } from './EwbDetailsSection';
import { checkEwbDraft, detailsFromDraft, draftFromDetails } from './ewbDetailsModel';
import {
  buyerFromParty,
  computeOrNull,
  lineFromItem,
  toInvoiceInput,
  withTrailingBlank,
  type EditorState,
  type LineDraft,
} from './editorModel';
import { placeFindings } from './fieldPaths';
import { LinesTable } from './LinesTable';
import { PartyPicker as PartyPickerSlot } from './PartyPicker';
import { useDebounced } from './useDebounced';

const DOC_LABELS = { INV: 'Invoice', CRN: 'Credit note', DBN: 'Debit note' } as const;
const SUPPLY_LABELS: Record<string, string> = {
  B2B: 'B2B: business to business',
  SEZWP: 'SEZWP: to SEZ with payment',
  SEZWOP: 'SEZWOP: to SEZ without payment',
  EXPWP: 'EXPWP: export with payment',
  EXPWOP: 'EXPWOP: export without payment',
  DEXP: 'DEXP: deemed export',
};

/** Server field names (from `invoice-save`) to the editor's field ids. */
function editorFieldOf(field: string): string {
  if (field === 'buyer.placeOfSupply') return 'placeOfSupply';
  if (field.startsWith('buyer.')) return 'party';
  return field;
}

export function InvoiceEditor({ initial }: { initial: EditorState }) {
  const api = useDesk();
  const notify = useNotify();
  const { info } = useAppState();
  const [state, setState] = useState<EditorState>(initial);
  const [partyText, setPartyText] = useState(initial.invoice.buyer.legalName);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [confirmClose, setConfirmClose] = useState(false);
  const [partyDialog, setPartyDialog] = useState<{ hint: string } | null>(null);
  const [ewbDraft, setEwbDraft] = useState<PartBDraft>(() => draftFromDetails(initial.invoice.ewayBill));
  const [ewbOpen, setEwbOpen] = useState(initial.invoice.ewayBill !== undefined);
  const [ewbErrors, setEwbErrors] = useState<PartBErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  });

  const inv = state.invoice;
  const built = useMemo(() => toInvoiceInput(state), [state]);
  const computed = useMemo(() => computeOrNull(built.input), [built]);
  const settled = useDebounced(computed, 250);
  const isSandbox = info?.isSandbox ?? false;
  const findings: Finding[] = useMemo(() => {
    if (!settled) return [];
    try {
      return validateInvoice(settled, { now: new Date(), strictGstinChecksum: !isSandbox });
    } catch {
      return [];
    }
  }, [settled, isSandbox]);
  const placed = useMemo(() => placeFindings(findings, built.lineIndex), [findings, built.lineIndex]);
  const errorFor = (id: string): string | undefined =>
    serverErrors[id] || built.parseErrors[id] || placed.byField[id] || undefined;

  const change = (update: (s: EditorState) => EditorState, fieldId?: string) => {
    setState((s) => update(s));
    setDirty(true);
    if (fieldId && serverErrors[fieldId]) setServerErrors((e) => ({ ...e, [fieldId]: '' }));
  };
  const setInvoice = (patch: Partial<InvoiceInput>, fieldId?: string) =>
    change((s) => ({ ...s, invoice: { ...s.invoice, ...patch } }), fieldId);
  const setLines = (update: (lines: LineDraft[]) => LineDraft[]) =>
    change((s) => ({ ...s, lines: withTrailingBlank(update(s.lines)) }));

  const setEwb = (next: PartBDraft, field?: PartBField) => {
    setEwbDraft(next);
    setInvoice({ ewayBill: detailsFromDraft(next) }, field ? ewbFieldId(field) : undefined);
    setEwbErrors((e) => {
      if (!field || !e[field]) return field ? e : {};
      const rest = { ...e };
      delete rest[field];
      return rest;
    });
  };
  const changeEwb = (field: PartBField, value: string) => {
    const next = { ...ewbDraft, [field]: value } as PartBDraft;
    // Rail and air carry no vehicle type: a leftover ODC would be refused on a disabled field.
    if (field === 'mode' && (value === 'rail' || value === 'air' || value === ''))
      next.vehicleType = 'regular';
    setEwb(next, field);
  };

  /** The Part-B checks before the IRN request; false (and the first bad field focused) when they fail. */
  const ewbReady = (): boolean => {
    const problems = checkEwbDraft(ewbDraft, stateRef.current.invoice.docDate, new Date());
    setEwbErrors(problems);
    const first = PART_B_FIELDS.find((f) => problems[f]);
    if (!first) return true;
    setEwbOpen(true);
    notify.warning(`Not sent: check the e-way bill details. ${problems[first]}`);
    // After the section has opened and rendered its fields.
    window.setTimeout(
      () =>
        formRef.current?.querySelector<HTMLElement>(`[${FIELD_ATTRIBUTE}="${ewbFieldId(first)}"]`)?.focus(),
      0,
    );
    return false;
  };

  const pickParty = (party: PartyView) => {
    setPartyText(party.legalName);
    change(
      (s) => ({ ...s, partyId: party.id, invoice: { ...s.invoice, buyer: buyerFromParty(party) } }),
      'party',
    );
  };

  const save = async (): Promise<InvoiceDetailView | null> => {
    const current = stateRef.current;
    const { input } = toInvoiceInput(current);
    setBusy(true);
    try {
      const view = await api['invoice-save']({
        ...(current.id !== null ? { id: current.id } : {}),
        partyId: current.partyId,
        invoice: input,
      });
      setServerErrors({});
      setDirty(false);
      setState((s) => ({ ...s, id: view.id, invoice: { ...s.invoice, docNo: view.invoice.docNo } }));
      if (current.id === null) {
        continueEditorAs(view.id, window.location.hash);
        go(invoiceHref.edit(view.id), true);
      }
      return view;
    } catch (error) {
      if (error instanceof DeskError && error.field) {
        setServerErrors({ [editorFieldOf(error.field)]: error.message });
      }
      notify.error(error);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const saveDraft = async () => {
    const view = await save();
    if (view) notify.success(`Saved ${view.invoice.docNo} as a draft.`);
  };

  const saveAndGenerate = async () => {
    if (!ewbReady()) return;
    const view = await save();
    if (!view) return;
    setBusy(true);
    try {
      const result = await api['invoice-generate']({ id: view.id });
      if (result.status === 'draft') {
        notify.warning(
          `${result.invoice.docNo} is saved but not sent: it does not meet the IRP's rules yet. See the checks below.`,
        );
        return;
      }
      if (result.status === 'generated') notify.success(`IRN generated for ${result.invoice.docNo}.`);
      else if (result.status === 'pending')
        notify.warning(`${result.invoice.docNo} is saved and queued: the IRP has not answered yet.`);
      else notify.error(new DeskError('IRP', `The IRP refused ${result.invoice.docNo}: open it to see why.`));
      go(invoiceHref.view(view.id));
    } catch (error) {
      notify.error(error);
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    if (dirty) setConfirmClose(true);
    else go(state.id !== null ? invoiceHref.view(state.id) : invoiceHref.register());
  };

  useEditorCommands({
    save: () => void saveDraft(),
    saveAndGenerate: () => void saveAndGenerate(),
    close,
  });

  const fieldProps = (id: string, label: string) => ({
    label,
    size: 'small' as const,
    fullWidth: true,
    error: Boolean(errorFor(id)),
    helperText: errorFor(id) || ' ',
  });
  const select = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: ReactNode,
  ) => (
    <TextField
      select
      {...fieldProps(id, label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{
        select: { native: true },
        htmlInput: { [FIELD_ATTRIBUTE]: id },
        inputLabel: { shrink: true },
      }}
    >
      {options}
    </TextField>
  );
  const text = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <TextField
      {...fieldProps(id, label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ htmlInput: { [FIELD_ATTRIBUTE]: id } }}
    />
  );

  const stateOptions = (
    <>
      <option value="">Choose…</option>
      {STATES.filter((s) => s.usableAsStateCode).map((s) => (
        <option key={s.code} value={s.code}>
          {s.code} · {s.name}
        </option>
      ))}
    </>
  );
  const preceding = inv.references?.precedingDocuments?.[0] ?? { number: '', date: '' };
  const setPreceding = (patch: Partial<typeof preceding>, id: string) =>
    setInvoice(
      {
        references: {
          ...(inv.references ?? {}),
          precedingDocuments: [{ ...preceding, ...patch }],
        },
      },
      id,
    );
  const t = computed?.totals;
  const intra = computed?.lines.some((l) => l.amounts.cgst > 0) ?? false;

  return (
    <Box>
      <form
        ref={formRef}
        aria-label={`${DOC_LABELS[inv.docType]} editor`}
        onKeyDown={onEntryKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          void saveDraft();
        }}
      >
        <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 4, md: 2 }}>
              {select(
                'docType',
                'Document type',
                inv.docType,
                (v) => setInvoice({ docType: v as InvoiceInput['docType'] }, 'docType'),
                (['INV', 'CRN', 'DBN'] as const).map((d) => (
                  <option key={d} value={d}>
                    {DOC_LABELS[d]}
                  </option>
                )),
              )}
            </Grid>
            <Grid size={{ xs: 12, sm: 4, md: 2 }}>
              {text('docNo', 'Document number', inv.docNo, (v) => setInvoice({ docNo: v }, 'docNo'))}
            </Grid>
            <Grid size={{ xs: 12, sm: 4, md: 2 }}>
              {text('docDate', 'Date (dd/mm/yyyy)', inv.docDate, (v) =>
                setInvoice({ docDate: v }, 'docDate'),
              )}
            </Grid>
            <Grid size={{ xs: 12, sm: 8, md: 4 }}>
              {select(
                'supplyType',
                'Supply type',
                inv.supplyType,
                (v) => setInvoice({ supplyType: v as InvoiceInput['supplyType'] }, 'supplyType'),
                SUPPLY_TYPES.map((s) => (
                  <option key={s} value={s}>
                    {SUPPLY_LABELS[s]}
                  </option>
                )),
              )}
            </Grid>
            <Grid size={{ xs: 12, sm: 4, md: 2 }}>
              <FormControlLabel
                label="Reverse charge"
                control={
                  <Checkbox
                    checked={inv.reverseCharge}
                    onChange={(e) => setInvoice({ reverseCharge: e.target.checked }, 'reverseCharge')}
                    slotProps={{ input: { [FIELD_ATTRIBUTE]: 'reverseCharge' } as object }}
                  />
                }
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <Box sx={{ flexGrow: 1 }}>
                  <PartyPickerSlot
                    label="Buyer (party)"
                    text={partyText}
                    onText={(v) => {
                      setPartyText(v);
                      setDirty(true);
                    }}
                    onPick={pickParty}
                    error={errorFor('party')}
                  />
                </Box>
                <Button variant="outlined" onClick={() => setPartyDialog({ hint: partyText.trim() })}>
                  New party
                </Button>
              </Stack>
              {inv.buyer.legalName ? (
                <Typography variant="body2" color="text.secondary" aria-label="Buyer details">
                  {inv.buyer.gstin} ·{' '}
                  {[inv.buyer.address1, inv.buyer.location, inv.buyer.pin].filter(Boolean).join(', ')}
                </Typography>
              ) : null}
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              {select(
                'placeOfSupply',
                'Place of supply',
                inv.buyer.placeOfSupply,
                (v) => setInvoice({ buyer: { ...inv.buyer, placeOfSupply: v } }, 'placeOfSupply'),
                stateOptions,
              )}
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Typography variant="body2" sx={{ pt: 1 }}>
                {inv.buyer.placeOfSupply
                  ? inv.buyer.placeOfSupply === inv.seller.stateCode && inv.supplyType === 'B2B'
                    ? 'Within the state: CGST + SGST'
                    : 'Inter-state: IGST'
                  : 'Choose the buyer to work out the tax'}
              </Typography>
            </Grid>
            {inv.docType !== 'INV' ? (
              <>
                <Grid size={{ xs: 12, sm: 6, md: 3 }}>
                  {text('preceding.number', 'Original invoice number', preceding.number, (v) =>
                    setPreceding({ number: v }, 'preceding.number'),
                  )}
                </Grid>
                <Grid size={{ xs: 12, sm: 6, md: 3 }}>
                  {text('preceding.date', 'Original invoice date', preceding.date, (v) =>
                    setPreceding({ date: v }, 'preceding.date'),
                  )}
                </Grid>
              </>
            ) : null}
          </Grid>
          <AddressToggles
            state={state}
            setInvoice={setInvoice}
            errorFor={errorFor}
            stateOptions={stateOptions}
          />
          <EwbDetailsSection
            draft={ewbDraft}
            open={ewbOpen}
            onToggle={() => setEwbOpen((o) => !o)}
            onChange={changeEwb}
            onClear={() => setEwb(draftFromDetails(undefined))}
            errors={ewbErrors}
            errorFor={errorFor}
          />
        </Paper>

        <Paper variant="outlined" sx={{ p: 1, mb: 2 }}>
          <LinesTable
            lines={state.lines}
            computed={computed?.lines ?? null}
            lineIndex={built.lineIndex}
            errorFor={errorFor}
            onChange={(index, patch) =>
              setLines((lines) => lines.map((l, i) => (i === index ? { ...l, ...patch } : l)))
            }
            onPick={(index, item) =>
              setLines((lines) => lines.map((l, i) => (i === index ? lineFromItem(l, item) : l)))
            }
            onRemove={(index) => setLines((lines) => lines.filter((_l, i) => i !== index))}
          />
          {errorFor('lines') ? <Alert severity="error">{errorFor('lines')}</Alert> : null}
        </Paper>

        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <Stack direction="row" spacing={2}>
                {text('discount', 'Discount on the invoice (₹)', state.discount, (v) =>
                  change((s) => ({ ...s, discount: v }), 'discount'),
                )}
                {text('otherCharges', 'Other charges (₹)', state.otherCharges, (v) =>
                  change((s) => ({ ...s, otherCharges: v }), 'otherCharges'),
                )}
              </Stack>
              <FormControlLabel
                label="Round off to the rupee"
                control={
                  <Checkbox
                    checked={inv.roundOff ?? false}
                    onChange={(e) => setInvoice({ roundOff: e.target.checked }, 'roundOff')}
                  />
                }
              />
              <FindingsPanel findings={placed.unplaced} total={findings.length} />
            </Paper>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <Table size="small" aria-label="Totals">
                <TableBody>
                  <TotalRow label="Taxable value" paise={t?.assessableValue} />
                  {intra ? (
                    <>
                      <TotalRow label="CGST" paise={t?.cgst} />
                      <TotalRow label="SGST" paise={t?.sgst} />
                    </>
                  ) : (
                    <TotalRow label="IGST" paise={t?.igst} />
                  )}
                  {t?.cess ? <TotalRow label="Cess" paise={t.cess} /> : null}
                  {t?.otherCharges ? <TotalRow label="Other charges" paise={t.otherCharges} /> : null}
                  {t?.discount ? <TotalRow label="Discount" paise={-t.discount} /> : null}
                  {t?.roundOff ? <TotalRow label="Round off" paise={t.roundOff} /> : null}
                  <TotalRow label="Invoice total" paise={t?.totalInvoiceValue} strong />
                </TableBody>
              </Table>
              <Typography variant="body2" sx={{ mt: 1 }} aria-label="Amount in words">
                {t ? amountInWords(t.totalInvoiceValue) : ''}
              </Typography>
            </Paper>
          </Grid>
        </Grid>

        <Stack
          direction="row"
          spacing={2}
          sx={{ mt: 2, position: 'sticky', bottom: 0, bgcolor: 'background.default', py: 1 }}
        >
          <Button type="submit" variant="outlined" disabled={busy}>
            Save draft (Ctrl+S)
          </Button>
          <Button variant="contained" disabled={busy} onClick={() => void saveAndGenerate()}>
            Save and generate IRN (Ctrl+Enter)
          </Button>
          <Button onClick={close}>Close (Esc)</Button>
          {dirty ? (
            <Typography color="text.secondary" sx={{ alignSelf: 'center' }}>
              Unsaved changes
            </Typography>
          ) : null}
        </Stack>
      </form>
      {partyDialog ? (
        <PartyDialog
          open
          party={null}
          gstinHint={/^\d{2}[0-9A-Z]{13}$/i.test(partyDialog.hint) ? partyDialog.hint.toUpperCase() : ''}
          onClose={() => setPartyDialog(null)}
          onSaved={(party) => {
            setPartyDialog(null);
            pickParty(party);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={confirmClose}
        title="Discard the unsaved changes?"
        confirmLabel="Discard"
        onCancel={() => setConfirmClose(false)}
        onConfirm={() => {
          setConfirmClose(false);
          go(state.id !== null ? invoiceHref.view(state.id) : invoiceHref.register());
        }}
      >
        The changes since the last save will be lost. Press Ctrl+S to keep them as a draft instead.
      </ConfirmDialog>
    </Box>
  );
}

function TotalRow({ label, paise, strong }: { label: string; paise: number | undefined; strong?: boolean }) {
  return (
    <TableRow>
      <TableCell sx={strong ? { fontWeight: 700 } : undefined}>{label}</TableCell>
      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: strong ? 700 : 400 }}>
        {paise === undefined ? '—' : formatRupees(paise)}
      </TableCell>
    </TableRow>
  );
}

function FindingsPanel({ findings, total }: { findings: Finding[]; total: number }) {
  if (total === 0) {
    return (
      <Alert severity="success" sx={{ mt: 1 }}>
        The IRP&apos;s checks that can be made on this computer pass.
      </Alert>
    );
  }
  return (
    <Box component="section" aria-label="Checks before sending" sx={{ mt: 1 }}>
      <Typography variant="subtitle2" component="h2">
        Checks before sending: {total} to look at
        {findings.length < total ? ` (${total - findings.length} shown beside their fields)` : ''}
      </Typography>
      <List dense>
        {findings.map((f, i) => (
          <ListItem key={`${f.code}-${f.field}-${i}`} disableGutters>
            <ListItemText
              primary={`${f.code}: ${f.message}`}
              secondary={f.severity === 'warning' ? 'Warning' : null}
              slotProps={{ primary: { color: f.severity === 'error' ? 'error' : 'warning.main' } }}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

function AddressToggles({
  state,
  setInvoice,
  errorFor,
  stateOptions,
}: {
  state: EditorState;
  setInvoice: (patch: Partial<InvoiceInput>, fieldId?: string) => void;
  errorFor: (id: string) => string | undefined;
  stateOptions: ReactNode;
}) {
  const inv = state.invoice;
  const field = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    isSelect = false,
  ) => (
    <Grid size={{ xs: 12, sm: 6, md: 2 }} key={id}>
      <TextField
        select={isSelect}
        label={label}
        size="small"
        fullWidth
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={Boolean(errorFor(id))}
        helperText={errorFor(id) || ' '}
        slotProps={{
          ...(isSelect ? { select: { native: true }, inputLabel: { shrink: true } } : {}),
          htmlInput: { [FIELD_ATTRIBUTE]: id },
        }}
      >
        {isSelect ? stateOptions : undefined}
      </TextField>
    </Grid>
  );
  const pinOf = (v: string) => (/^\d{1,6}$/.test(v) ? Number(v) : 0);
  const d = inv.dispatchFrom;
  const s = inv.shipTo;
  return (
    <Box sx={{ mt: 1 }}>
      <FormControlLabel
        label="Dispatch from another address"
        control={
          <Checkbox
            checked={Boolean(d)}
            onChange={(e) =>
              setInvoice({
                dispatchFrom: e.target.checked
                  ? {
                      name: inv.seller.legalName,
                      address1: '',
                      location: '',
                      pin: 0,
                      stateCode: inv.seller.stateCode,
                    }
                  : undefined,
              })
            }
          />
        }
      />
      <FormControlLabel
        label="Ship to another address"
        control={
          <Checkbox
            checked={Boolean(s)}
            onChange={(e) =>
              setInvoice({
                shipTo: e.target.checked
                  ? {
                      legalName: inv.buyer.legalName,
                      address1: '',
                      location: '',
                      pin: 0,
                      stateCode: inv.buyer.stateCode,
                    }
                  : undefined,
              })
            }
          />
        }
      />
      {d ? (
        <Grid container spacing={2} aria-label="Dispatch from" role="group">
          {field('dispatchFrom.name', 'Dispatch: name', d.name, (v) =>
            setInvoice({ dispatchFrom: { ...d, name: v } }),
          )}
          {field('dispatchFrom.address1', 'Dispatch: address', d.address1, (v) =>
            setInvoice({ dispatchFrom: { ...d, address1: v } }),
          )}
          {field('dispatchFrom.location', 'Dispatch: location', d.location, (v) =>
            setInvoice({ dispatchFrom: { ...d, location: v } }),
          )}
          {field('dispatchFrom.pin', 'Dispatch: PIN', d.pin ? String(d.pin) : '', (v) =>
            setInvoice({ dispatchFrom: { ...d, pin: pinOf(v) } }),
          )}
          {field(
            'dispatchFrom.stateCode',
            'Dispatch: state',
            d.stateCode,
            (v) => setInvoice({ dispatchFrom: { ...d, stateCode: v } }),
            true,
          )}
        </Grid>
      ) : null}
      {s ? (
        <Grid container spacing={2} aria-label="Ship to" role="group">
          {field('shipTo.legalName', 'Ship to: name', s.legalName, (v) =>
            setInvoice({ shipTo: { ...s, legalName: v } }),
          )}
          {field('shipTo.gstin', 'Ship to: GSTIN', s.gstin ?? '', (v) =>
            setInvoice({ shipTo: { ...s, gstin: v.toUpperCase() || undefined } }),
          )}
          {field('shipTo.address1', 'Ship to: address', s.address1, (v) =>
            setInvoice({ shipTo: { ...s, address1: v } }),
          )}
          {field('shipTo.location', 'Ship to: location', s.location, (v) =>
            setInvoice({ shipTo: { ...s, location: v } }),
          )}
          {field('shipTo.pin', 'Ship to: PIN', s.pin ? String(s.pin) : '', (v) =>
            setInvoice({ shipTo: { ...s, pin: pinOf(v) } }),
          )}
          {field(
            'shipTo.stateCode',
            'Ship to: state',
            s.stateCode,
            (v) => setInvoice({ shipTo: { ...s, stateCode: v } }),
            true,
          )}
        </Grid>
      ) : null}
    </Box>
  );
}
