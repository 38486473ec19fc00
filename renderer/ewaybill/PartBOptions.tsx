/**
 * The choices of the Part-B form as native <option>s, for the e-way bill dialog and the editor's
 * "sent with the IRN" section alike.
 */
import { TRANSPORT_MODE_LABELS } from './partBModel';

export function TransportModeOptions() {
  return (
    <>
      {(Object.keys(TRANSPORT_MODE_LABELS) as Array<keyof typeof TRANSPORT_MODE_LABELS>).map((m) => (
        <option key={m} value={m}>
          {TRANSPORT_MODE_LABELS[m]}
        </option>
      ))}
      <option value="">Not yet (the transporter adds Part-B)</option>
    </>
  );
}

export function VehicleTypeOptions() {
  return (
    <>
      <option value="regular">Regular</option>
      <option value="odc">Over-dimensional cargo (ODC)</option>
    </>
  );
}
