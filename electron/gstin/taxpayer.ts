/** The IRP's GSTIN-details answer, turned into the plain view the screens and the CLI show. */
import type { TaxpayerView } from '../../shared/api';
import { normaliseStateCode } from '../../shared/masters';
import type { GstinDetails } from '../irp/types';

const STATUS_LABELS: Record<string, string> = {
  ACT: 'Active',
  CNL: 'Cancelled',
  INA: 'Inactive',
  PRO: 'Provisional',
};

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  return s === '' ? null : s;
}

export function toTaxpayerView(details: GstinDetails): TaxpayerView {
  const address1 =
    [details.AddrBno, details.AddrFlno, details.AddrBnm].map(text).filter(Boolean).join(', ') || null;
  const pin = text(details.AddrPncd);
  const state = text(details.StateCode);
  const status = text(details.Status);
  return {
    gstin: details.Gstin,
    legalName: text(details.LegalName),
    tradeName: text(details.TradeName),
    address1,
    address2: text(details.AddrSt),
    location: text(details.AddrLoc),
    pin: pin && /^\d{6}$/.test(pin) ? Number(pin) : null,
    stateCode: state ? normaliseStateCode(state) : null,
    status,
    statusLabel: status ? (STATUS_LABELS[status] ?? status) : 'Unknown',
    blocked: text(details.BlkStatus) === 'B',
    taxpayerType: text(details.TxpType),
    registeredOn: text(details.DtReg),
    deregisteredOn: text(details.DtDReg),
  };
}
