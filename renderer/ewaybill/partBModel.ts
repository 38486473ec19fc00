/**
 * The Part-B form's draft and its checks, free of React. The formats come from
 * shared/ewaybill (the same ones electron/ewaybill/part-b.ts applies) so a typo shows at once;
 * the main process checks again and is the judge. Field names are the `DeskError.field` names the
 * main process uses, so its refusals land next to the same fields.
 */
import type { PartBInput, TransportMode } from '../../shared/api/types';
import { gstinCheckChar, gstinProblem } from '../../shared/gstin';
import { formatIstDate, parseIstDate } from '../../shared/time/ist';
import { isValidVehicleNo, normaliseVehicleNo, TRANS_DOC_NO } from '../../shared/ewaybill/formats';

export { isValidVehicleNo, normaliseVehicleNo };

export interface PartBDraft {
  /** '' = Part-A only: the named transporter adds the vehicle later. */
  mode: TransportMode | '';
  vehicleNo: string;
  vehicleType: 'regular' | 'odc';
  transporterId: string;
  transporterName: string;
  transportDocNo: string;
  transportDocDate: string;
  distanceKm: string;
}

export type PartBField = keyof PartBDraft;
export type PartBErrors = Partial<Record<PartBField, string>>;

/** Form order: the first field with an error gets the focus. */
export const PART_B_FIELDS: readonly PartBField[] = [
  'mode',
  'vehicleNo',
  'vehicleType',
  'transporterId',
  'transporterName',
  'transportDocNo',
  'transportDocDate',
  'distanceKm',
];

export function isPartBField(field: string | undefined): field is PartBField {
  return field !== undefined && (PART_B_FIELDS as readonly string[]).includes(field);
}

export const TRANSPORT_MODE_LABELS: Record<TransportMode, string> = {
  road: 'Road',
  rail: 'Rail',
  air: 'Air',
  ship: 'Ship',
};

export function emptyPartB(): PartBDraft {
  return {
    mode: 'road',
    vehicleNo: '',
    vehicleType: 'regular',
    transporterId: '',
    transporterName: '',
    transportDocNo: '',
    transportDocDate: '',
    distanceKm: '0',
  };
}

export function vehicleNoMessage(vehicleNo: string): string {
  return `Vehicle number ${vehicleNo} is not in a format the e-way bill system accepts (like KA01AB1234, 22BH1234AB, or a temporary TR… number).`;
}

export function transporterIdMessage(id: string): string | undefined {
  const problem = gstinProblem(id);
  if (!problem) return undefined;
  if (problem === 'checksum') {
    const expected = gstinCheckChar(id.slice(0, 14));
    return `Transporter GSTIN ${id} has a wrong last character (check digit${expected ? `: it would be ${expected}` : ''}): check it for a typing mistake.`;
  }
  return `Transporter GSTIN ${id} is not a valid GSTIN or transporter id (15 characters, like 29AAGCV4521M1ZW).`;
}

/** What the vehicle field says while the user types: nothing until it could be complete. */
export function vehicleNoLiveMessage(text: string): string | undefined {
  const vehicleNo = normaliseVehicleNo(text);
  if (vehicleNo.length < 7 || isValidVehicleNo(vehicleNo)) return undefined;
  return vehicleNoMessage(vehicleNo);
}

/** What the transporter GSTIN field says while the user types: nothing before 15 characters. */
export function transporterIdLiveMessage(text: string): string | undefined {
  const id = text.trim().toUpperCase();
  if (id.length < 15) return undefined;
  return transporterIdMessage(id);
}

/**
 * Every problem of the draft, by field (the main process stops at the first). `invoiceDate`
 * (dd/mm/yyyy) and `now` bound the transport document date.
 */
export function checkPartB(draft: PartBDraft, invoiceDate: string, now: Date): PartBErrors {
  const errors: PartBErrors = {};
  const distanceText = draft.distanceKm.trim();
  const distance = Number(distanceText);
  if (!/^\d+$/.test(distanceText) || distance > 4000)
    errors.distanceKm = 'Enter the distance in whole kilometres from 0 to 4000 (0 lets the IRP work it out).';

  const transporterId = draft.transporterId.trim().toUpperCase();
  if (transporterId) {
    const problem = transporterIdMessage(transporterId);
    if (problem) errors.transporterId = problem;
  }
  const transporterName = draft.transporterName.trim();
  if (transporterName && (transporterName.length < 3 || transporterName.length > 100))
    errors.transporterName = "The transporter's name has 3 to 100 characters.";

  const vehicleNo = normaliseVehicleNo(draft.vehicleNo);
  const docNo = draft.transportDocNo.trim();
  const docDateText = draft.transportDocDate.trim();
  const mode = draft.mode;
  if (!mode) {
    if (vehicleNo || docNo) errors.mode = 'Choose the transport mode for this vehicle or transport document.';
    else if (!transporterId)
      errors.mode =
        'Choose a transport mode with the vehicle or transport document, or name the transporter who will add them.';
    return errors;
  }

  if (vehicleNo && !isValidVehicleNo(vehicleNo)) errors.vehicleNo = vehicleNoMessage(vehicleNo);
  if (docNo && !TRANS_DOC_NO.test(docNo))
    errors.transportDocNo = 'The transport document number has up to 15 letters, digits, / or - (no spaces).';
  if (docDateText) {
    const docDay = parseIstDate(docDateText);
    const today = parseIstDate(formatIstDate(now));
    const invoiceDay = parseIstDate(invoiceDate);
    if (!docDay) errors.transportDocDate = 'Write the transport document date as dd/mm/yyyy.';
    else if (today && docDay > today)
      errors.transportDocDate = 'The transport document date cannot be in the future.';
    else if (invoiceDay && docDay < invoiceDay)
      errors.transportDocDate = `The transport document date cannot be before the invoice date ${invoiceDate}.`;
  }

  const odc = draft.vehicleType === 'odc';
  if (mode === 'road') {
    if (!vehicleNo) errors.vehicleNo ??= 'Enter the vehicle number for goods going by road.';
  } else if (mode === 'rail' || mode === 'air') {
    if (!docNo)
      errors.transportDocNo ??= `Enter the ${mode === 'rail' ? 'railway receipt' : 'airway bill'} number.`;
    if (!docDateText) errors.transportDocDate ??= 'Enter the transport document date.';
    if (odc) errors.vehicleType = 'Over-dimensional cargo goes by road or ship only.';
  } else if (!vehicleNo && !docNo) {
    errors.vehicleNo ??= 'Enter the vessel number or the bill of lading number.';
  }
  if (docNo && !docDateText) errors.transportDocDate ??= 'Enter the transport document date.';
  return errors;
}

/** The request's Part-B: trimmed, upper-cased, empty fields left out. */
export function toPartBInput(draft: PartBDraft): PartBInput {
  const input: PartBInput = { distanceKm: Number(draft.distanceKm.trim()) };
  const set = <K extends keyof PartBInput>(key: K, value: PartBInput[K] | '') => {
    if (value !== '' && value !== undefined) input[key] = value as PartBInput[K];
  };
  set('transporterId', draft.transporterId.trim().toUpperCase());
  set('transporterName', draft.transporterName.trim());
  if (draft.mode) {
    input.mode = draft.mode;
    set('vehicleNo', normaliseVehicleNo(draft.vehicleNo));
    // Only road and ship carry a vehicle type; ODC is refused for rail and air above.
    if (draft.mode === 'road' || draft.mode === 'ship') input.vehicleType = draft.vehicleType;
    set('transportDocNo', draft.transportDocNo.trim());
    set('transportDocDate', draft.transportDocDate.trim());
  }
  return input;
}

/** Whether the transport document is required (rail, air) or optional for this mode. */
export function transportDocRequired(mode: PartBDraft['mode']): boolean {
  return mode === 'rail' || mode === 'air';
}

/** Whether a vehicle type can be chosen: not before a mode is, nor by rail or air. */
export function vehicleTypeApplies(mode: PartBDraft['mode']): boolean {
  return !(mode === '' || mode === 'rail' || mode === 'air');
}

/**
 * The helper text under a Part-B field while it has no message (the dialog and the editor's
 * section show the same); undefined for the two choices, which need none.
 */
export function partBHint(field: PartBField, mode: PartBDraft['mode']): string | undefined {
  switch (field) {
    case 'vehicleNo':
      return mode === 'road' ? 'Like KA01AB1234 (required by road)' : 'Like KA01AB1234';
    case 'transporterId':
      return 'Optional; 15 characters';
    case 'transporterName':
      return 'Optional';
    case 'transportDocNo':
      return transportDocRequired(mode) ? 'Required by rail and air' : 'Optional by road';
    case 'transportDocDate':
      return 'dd/mm/yyyy';
    case 'distanceKm':
      return '0 lets the IRP work it out';
    default:
      return undefined;
  }
}
