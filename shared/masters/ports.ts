/**
 * Indian ports of export for `ExpDtls.Port` (customs location codes: UN/LOCODE + a digit
 * for the kind: 1 sea, 2 inland container depot, 4 air, 6 ICD/CFS, 9 land customs). The
 * IRP's port master has several hundred entries and is not published as a file, so this
 * is the common subset: a code outside it is reported as a warning (2201), not refused.
 */
export interface PortInfo {
  code: string;
  name: string;
}

const table: ReadonlyArray<readonly [string, string]> = [
  ['INABG1', 'Alang'],
  ['INAMD4', 'Ahmedabad Air'],
  ['INATQ4', 'Amritsar Air'],
  ['INBLR4', 'Bengaluru Air'],
  ['INBOM1', 'Mumbai Sea'],
  ['INBOM4', 'Mumbai Air'],
  ['INCCJ4', 'Kozhikode Air'],
  ['INCCU1', 'Kolkata Sea'],
  ['INCCU4', 'Kolkata Air'],
  ['INCJB4', 'Coimbatore Air'],
  ['INCOK1', 'Cochin Sea'],
  ['INCOK4', 'Cochin Air'],
  ['INDEL4', 'Delhi Air'],
  ['INENR1', 'Ennore (Kamarajar)'],
  ['INGOI4', 'Goa Air'],
  ['INHAL1', 'Haldia'],
  ['INHYD4', 'Hyderabad Air'],
  ['INHZA1', 'Hazira'],
  ['INIXE1', 'Mangalore (New Mangalore)'],
  ['INIXY1', 'Kandla'],
  ['INJAI4', 'Jaipur Air'],
  ['INKAT1', 'Kattupalli'],
  ['INKRI1', 'Krishnapatnam'],
  ['INLKO4', 'Lucknow Air'],
  ['INMAA1', 'Chennai Sea'],
  ['INMAA4', 'Chennai Air'],
  ['INMRM1', 'Marmagao'],
  ['INMUN1', 'Mundra'],
  ['INNSA1', 'Nhava Sheva (JNPT)'],
  ['INPAV1', 'Pipavav'],
  ['INPNQ4', 'Pune Air'],
  ['INPRT1', 'Paradip'],
  ['INSBI6', 'Sabarmati ICD'],
  ['INTKD6', 'Tughlakabad ICD'],
  ['INTRV4', 'Thiruvananthapuram Air'],
  ['INTUT1', 'Tuticorin (V.O. Chidambaranar)'],
  ['INVTZ1', 'Visakhapatnam Sea'],
  ['INWFD6', 'Whitefield ICD'],
  ['INPTL6', 'Patparganj ICD'],
  ['INDER6', 'Dadri ICD'],
  ['INLDH6', 'Ludhiana ICD'],
  ['INPNQ6', 'Pune (Dighi) ICD'],
  ['INRXL9', 'Raxaul LCS'],
  ['INATT9', 'Attari LCS'],
];

export const PORTS: readonly PortInfo[] = table.map(([code, name]) => ({ code, name }));

const portByCode = new Map(PORTS.map((p) => [p.code, p]));

export function findPort(code: string): PortInfo | undefined {
  return portByCode.get(code.toUpperCase());
}

/** Whether the code is in this app's (partial) port list. */
export function isKnownPort(code: string): boolean {
  return portByCode.has(code.toUpperCase());
}
