/**
 * Part-B of an e-way bill (how the goods travel) checked field by field before it is sent, with
 * the e-way bill system's own rules (REFERENCE §7), so a typo costs no round trip to the IRP.
 */
import { DeskError, LocalErrorCode } from '../../shared/api';
import { gstinProblem } from '../../shared/gstin';
import { formatIstDate, parseIstDate } from '../../shared/time/ist';
import type { PartBInput, TransportMode } from '../../shared/api';
import { isValidVehicleNo, normaliseVehicleNo, TRANS_DOC_NO } from '../../shared/ewaybill/formats';
import type { EwbRequest } from '../irp/types';

export { isValidVehicleNo, normaliseVehicleNo };

export type { PartBInput, TransportMode };
export const TRANSPORT_MODES: readonly TransportMode[] = ['road', 'rail', 'air', 'ship'];
const MODE_CODE: Record<TransportMode, '1' | '2' | '3' | '4'> = { road: '1', rail: '2', air: '3', ship: '4' };

function bad(message: string, field: string): DeskError {
  return new DeskError(LocalErrorCode.BadRequest, message, field);
}

export function parseTransportMode(text: string): TransportMode {
  const mode = text.trim().toLowerCase();
  const byCode = TRANSPORT_MODES[Number(mode) - 1];
  if ((TRANSPORT_MODES as readonly string[]).includes(mode)) return mode as TransportMode;
  if (/^[1-4]$/.test(mode) && byCode) return byCode;
  throw bad('Choose the transport mode: road, rail, air or ship.', 'mode');
}

/**
 * The IRP's request for `irn`, or a DeskError naming the first field that is wrong.
 * `invoiceDate` and `now` bound the transport document date.
 */
export function buildEwbRequest(irn: string, input: PartBInput, invoiceDate: string, now: Date): EwbRequest {
  const distance = input.distanceKm;
  if (!Number.isInteger(distance) || distance < 0 || distance > 4000) {
    throw bad(
      'Enter the distance in whole kilometres from 0 to 4000 (0 lets the IRP work it out).',
      'distanceKm',
    );
  }
  const request: EwbRequest = { Irn: irn, Distance: distance };

  const transporterId = input.transporterId?.trim().toUpperCase();
  if (transporterId) {
    const problem = gstinProblem(transporterId);
    if (problem) {
      throw bad(
        problem === 'checksum'
          ? `Transporter GSTIN ${transporterId} has a wrong last character (check digit): check it for a typing mistake.`
          : `Transporter GSTIN ${transporterId} is not a valid GSTIN or transporter id (15 characters, like 29AAGCV4521M1ZW).`,
        'transporterId',
      );
    }
    request.TransId = transporterId;
  }
  const transporterName = input.transporterName?.trim();
  if (transporterName) {
    if (transporterName.length < 3 || transporterName.length > 100)
      throw bad("The transporter's name has 3 to 100 characters.", 'transporterName');
    request.TransName = transporterName;
  }

  const mode = input.mode;
  if (!mode) {
    if (input.vehicleNo || input.transportDocNo)
      throw bad('Choose the transport mode for this vehicle or transport document.', 'mode');
    if (!transporterId)
      throw bad(
        'Choose a transport mode with the vehicle or transport document, or name the transporter who will add them.',
        'mode',
      );
    return request;
  }
  if (!TRANSPORT_MODES.includes(mode))
    throw bad('Choose the transport mode: road, rail, air or ship.', 'mode');
  request.TransMode = MODE_CODE[mode];

  const vehicleNo = input.vehicleNo ? normaliseVehicleNo(input.vehicleNo) : '';
  if (vehicleNo && !isValidVehicleNo(vehicleNo)) {
    throw bad(
      `Vehicle number ${vehicleNo} is not in a format the e-way bill system accepts (like KA01AB1234, 22BH1234AB, or a temporary TR… number).`,
      'vehicleNo',
    );
  }
  const docNo = input.transportDocNo?.trim() ?? '';
  if (docNo && !TRANS_DOC_NO.test(docNo))
    throw bad(
      'The transport document number has up to 15 letters, digits, / or - (no spaces).',
      'transportDocNo',
    );
  const docDateText = input.transportDocDate?.trim() ?? '';
  if (docDateText) {
    const docDay = parseIstDate(docDateText);
    if (!docDay) throw bad('Write the transport document date as dd/mm/yyyy.', 'transportDocDate');
    const today = parseIstDate(formatIstDate(now)) as Date;
    if (docDay > today) throw bad('The transport document date cannot be in the future.', 'transportDocDate');
    const invoiceDay = parseIstDate(invoiceDate);
    if (invoiceDay && docDay < invoiceDay)
      throw bad(
        `The transport document date cannot be before the invoice date ${invoiceDate}.`,
        'transportDocDate',
      );
  }
  const odc = input.vehicleType === 'odc';

  if (mode === 'road') {
    if (!vehicleNo) throw bad('Enter the vehicle number for goods going by road.', 'vehicleNo');
  } else if (mode === 'rail' || mode === 'air') {
    if (!docNo)
      throw bad(`Enter the ${mode === 'rail' ? 'railway receipt' : 'airway bill'} number.`, 'transportDocNo');
    if (!docDateText) throw bad('Enter the transport document date.', 'transportDocDate');
    if (odc) throw bad('Over-dimensional cargo goes by road or ship only.', 'vehicleType');
  } else if (!vehicleNo && !docNo) {
    throw bad('Enter the vessel number or the bill of lading number.', 'vehicleNo');
  }
  if (docNo && !docDateText) throw bad('Enter the transport document date.', 'transportDocDate');

  if (vehicleNo) request.VehNo = vehicleNo;
  // Road vehicles are regular unless said otherwise; for ships the IRP takes only "O".
  if (mode === 'road') request.VehType = odc ? 'O' : 'R';
  else if (mode === 'ship' && odc) request.VehType = 'O';
  if (docNo) request.TransDocNo = docNo;
  if (docDateText) request.TransDocDt = docDateText;
  return request;
}

/** Reads the IRP's `EWBPPD` note "Pin-Pin calc distance: 2467KM"; null when absent. */
export function computedDistance(info: Array<{ InfCd: string; Desc: unknown }>): number | null {
  const note = info.find((i) => i.InfCd === 'EWBPPD');
  if (!note) return null;
  const match = /(\d+)\s*KM/i.exec(typeof note.Desc === 'string' ? note.Desc : JSON.stringify(note.Desc));
  return match ? Number(match[1]) : null;
}
