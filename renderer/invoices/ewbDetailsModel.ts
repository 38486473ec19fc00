/**
 * The editor's optional e-way bill details, sent with the IRN request as INV-01 `EwbDtls`. The
 * form is the Part-B dialog's draft (renderer/ewaybill/partBModel.ts) with the same checks; this
 * file converts it to and from the invoice's `ewayBill` (mode '1'-'4', vehicle type R/O). A
 * section left empty means no `ewayBill`, so no e-way bill is asked for with the IRN.
 */
import type { TransportMode as ModeName } from '../../shared/api/types';
import type { EwayBillDetails, TransportMode as ModeCode } from '../../shared/invoice';
import {
  checkPartB,
  emptyPartB,
  toPartBInput,
  type PartBDraft,
  type PartBErrors,
} from '../ewaybill/partBModel';

const MODE_CODES: Record<ModeName, ModeCode> = { road: '1', rail: '2', air: '3', ship: '4' };
const MODE_NAMES: Record<ModeCode, ModeName> = { '1': 'road', '2': 'rail', '3': 'air', '4': 'ship' };

/** The form for an invoice's `ewayBill` (a blank one by road when there is none). */
export function draftFromDetails(details: EwayBillDetails | undefined): PartBDraft {
  if (!details) return emptyPartB();
  return {
    mode: details.mode ? MODE_NAMES[details.mode] : '',
    vehicleNo: details.vehicleNo ?? '',
    vehicleType: details.vehicleType === 'O' ? 'odc' : 'regular',
    transporterId: details.transporterId ?? '',
    transporterName: details.transporterName ?? '',
    transportDocNo: details.transportDocNo ?? '',
    transportDocDate: details.transportDocDate ?? '',
    distanceKm: String(details.distanceKm),
  };
}

/** Nothing typed: the mode and vehicle type alone do not ask for an e-way bill. */
export function isDraftEmpty(draft: PartBDraft): boolean {
  const d = draft.distanceKm.trim();
  return (
    (d === '' || d === '0') &&
    [
      draft.vehicleNo,
      draft.transporterId,
      draft.transporterName,
      draft.transportDocNo,
      draft.transportDocDate,
    ].every((v) => v.trim() === '')
  );
}

/**
 * The invoice's `ewayBill` for the form, or undefined when it is empty. A distance that is not a
 * whole number is sent as 0 in a draft; `checkEwbDraft` stops it before the IRN request.
 */
export function detailsFromDraft(draft: PartBDraft): EwayBillDetails | undefined {
  if (isDraftEmpty(draft)) return undefined;
  const input = toPartBInput(draft);
  const distance = Number.isInteger(input.distanceKm) && input.distanceKm >= 0 ? input.distanceKm : 0;
  const details: EwayBillDetails = { distanceKm: distance };
  if (input.transporterId) details.transporterId = input.transporterId;
  if (input.transporterName) details.transporterName = input.transporterName;
  if (input.mode) details.mode = MODE_CODES[input.mode];
  if (input.transportDocNo) details.transportDocNo = input.transportDocNo;
  if (input.transportDocDate) details.transportDocDate = input.transportDocDate;
  if (input.vehicleNo) details.vehicleNo = input.vehicleNo;
  if (input.vehicleType) details.vehicleType = input.vehicleType === 'odc' ? 'O' : 'R';
  return details;
}

/** The Part-B dialog's checks, none for an empty section. */
export function checkEwbDraft(draft: PartBDraft, invoiceDate: string, now: Date): PartBErrors {
  return isDraftEmpty(draft) ? {} : checkPartB(draft, invoiceDate, now);
}

/** One line for the folded section: "By road · KA01AB1234 · 0 km (the IRP works it out)". */
export function ewbSummary(details: EwayBillDetails | undefined): string {
  if (!details) return 'None: no e-way bill is asked for with the IRN.';
  const mode = details.mode ? `By ${MODE_NAMES[details.mode]}` : 'Part-A only';
  const parts = [
    mode,
    details.vehicleNo,
    details.transporterName ?? details.transporterId,
    details.transportDocNo,
  ];
  const distance = details.distanceKm === 0 ? 'distance worked out by the IRP' : `${details.distanceKm} km`;
  return [...parts.filter(Boolean), distance].join(' · ');
}
