/**
 * Every IRP error code, in plain words for an accounts clerk, with what to do where there is
 * something to do. The IRP's own texts are terse and sometimes misleading ("Invalid Token" when
 * the session simply expired); the user sees these instead, and the IRP's text is kept in the
 * audit trail.
 *
 * Coverage: every code in NIC's list as compiled in shared/irp/data/irp-error-codes.tsv (the test
 * reads that file and fails on any code missing here), plus 3026 and 3059, which the portal returns
 * but the list lacks.
 *
 * Severity `info` is kept for codes whose fact is what the user wanted anyway:
 * - 2150 duplicate IRN: the IRP sends the existing IRN along (DUPIRN), so the document is registered.
 * - 4002 e-way bill already generated for this IRN: the e-way bill exists and hangs on the IRN.
 * - 9999 "invoice is not active" on cancel: the IRN is already cancelled, which is what was asked.
 * Not info, although they also report an existing thing: 2283 (IRN details older than 2 days: the
 * fetch failed) and 4026 (an e-way bill exists for the document number but was made outside this
 * IRN, usually on the e-way bill portal, so the desk cannot attach it by itself).
 */
export interface IrpCodeDescription {
  message: string;
  /** What the user can do about it, when there is something. */
  action?: string;
  /** `info` codes report a fact, not a failure (2150 duplicate with its IRN attached). */
  severity: 'error' | 'info';
}

interface Entry extends IrpCodeDescription {
  /** The IRP's text with {0}/{1} placeholders, as in NIC's list: the pattern values are read back from. */
  template?: string;
  /** What each placeholder holds, in the user's words; '' shows the bare value. */
  labels?: readonly string[];
}

const error = (message: string, action?: string): Entry =>
  action === undefined ? { message, severity: 'error' } : { message, action, severity: 'error' };
const info = (message: string, action?: string): Entry =>
  action === undefined ? { message, severity: 'info' } : { message, action, severity: 'info' };
/** An entry whose IRP text carries values (an HSN, a GSTIN) worth showing to the user. */
const filled = (template: string, labels: readonly string[], entry: Entry): Entry => ({
  ...entry,
  template,
  labels,
});

// Shared wording, so the same situation reads the same everywhere.
const DESK_FAULT =
  'This comes from how eInvoice Desk built the request, not from your invoice: please report it to support with the invoice number.';
const IRP_TROUBLE = 'The IRP had a problem; eInvoice Desk will try again later.';
const TRY_LATER = 'Try again in a few minutes.';
const PUBLIC_KEY =
  'Check that the IRP public key under GSTINs & API access is the one for this environment (sandbox or production); if it is, report this to support.';
const RESAVE =
  'Open the invoice and save it again so its totals are worked out afresh; if this repeats, report it to support.';
const CHECK_ITEM_TAX = 'Check the GST rate and the tax amounts of that item.';
const NO_EWB = 'Do not ask for an e-way bill for this document.';
const ACTUAL_DISTANCE = 'Enter the actual road distance in kilometres in the e-way bill details.';
const PLACE_96 = 'Set the place of supply to Other country (96) on the invoice.';

const TABLE: Readonly<Record<string, Entry>> = {
  // Sign-in and API access (1xxx)
  '1004': error(
    'The request to the IRP did not say which GSTIN it is for.',
    'Choose the GSTIN you are working as, then try again.',
  ),
  '1005': error(
    'The IRP session has expired.',
    'eInvoice Desk signs in again by itself; if this repeats, test the connection under GSTINs & API access.',
  ),
  '1006': error(
    'The API user name is missing.',
    'Enter the API user name for this GSTIN under GSTINs & API access.',
  ),
  '1007': error(
    'The IRP refused to sign in this API user.',
    'Check the API user name, password and client ID under GSTINs & API access; if they are right, contact the e-invoice portal helpdesk.',
  ),
  '1008': error(
    'The API user name or password is wrong.',
    'Correct them under GSTINs & API access. The API user is created on the e-invoice portal and is not your GST portal login.',
  ),
  '1010': error(
    'The client ID or client secret is wrong.',
    'Enter them exactly as issued (by NIC for direct access, or by your GSP) under GSTINs & API access; sandbox and production have different ones.',
  ),
  '1011': error('The client ID is missing.', 'Enter the client ID under GSTINs & API access.'),
  '1012': error('The client secret is missing.', 'Enter the client secret under GSTINs & API access.'),
  '1013': error('The IRP could not read the password sent by eInvoice Desk.', PUBLIC_KEY),
  '1014': error(
    'This API user is not active on the e-invoice portal.',
    'Activate the API user, or create a new one, on the e-invoice portal (API Registration), then update it under GSTINs & API access.',
  ),
  '1015': error(
    'This API user belongs to a different GSTIN.',
    'Check that the right GSTIN is selected, and use the API user created for that GSTIN.',
  ),
  '1016': error('The IRP could not read the sign-in request sent by eInvoice Desk.', PUBLIC_KEY),
  '1017': error(
    'There is no API user with this user name.',
    'Check the spelling, and that the API user was created on the e-invoice portal for this environment (sandbox users do not work in production).',
  ),
  '1018': error(
    'This API user was not created for this client ID.',
    'This API user was created for a GSP or for direct access, not for the client ID you entered: use the matching client ID, or create a new API user on the portal.',
  ),
  '1019': error(
    "The API user's password is wrong.",
    'Correct it under GSTINs & API access; if it is forgotten, reset it on the e-invoice portal.',
  ),
  '1020': error('The IRP could not read the request sent by eInvoice Desk.', PUBLIC_KEY),

  // Generating, cancelling and fetching IRNs (2xxx)
  '2139': error('The IRP could not register this invoice because of a problem on its side.', TRY_LATER),
  '2140': error(
    'The IRP could not check this invoice.',
    'Look for unusual entries (very long names or addresses, special characters, empty fields) and send it again; if this repeats, report it to support.',
  ),
  '2141': error(
    'The IRP could not cancel the IRN because of a problem on its side.',
    'Try again in a few minutes; an IRN can be cancelled only within 24 hours of generation.',
  ),
  '2142': error('The request to the IRP was missing some details.', DESK_FAULT),
  '2143': error(
    'This invoice or IRN belongs to a different GSTIN from the one you are working as.',
    "Make the invoice's supplier GSTIN the active GSTIN, then try again.",
  ),
  '2144': error('The IRP could not read the document date.', DESK_FAULT),
  '2145': error('The IRN is not valid.', 'Check that the full IRN (64 letters and digits) was given.'),
  '2146': error('The IRP could not create the IRN just now.', TRY_LATER),
  '2147': error('The IRP could not sign the invoice just now.', TRY_LATER),
  '2148': error(
    'The IRP has no IRN matching this request.',
    'Check the IRN, or the document type, number and date. An IRN generated on another IRP cannot be found here.',
  ),
  '2150': info(
    'The IRP already has an IRN for this document number.',
    'eInvoice Desk fetches that IRN instead of registering the document twice. A document number cannot be reused even after its IRN is cancelled: give a new document a new number.',
  ),
  '2154': error(
    'The IRP has no details for this IRN.',
    'Check the IRN; details can be fetched only for IRNs of this GSTIN.',
  ),
  '2155': error(
    'The supplier GSTIN is missing on the invoice.',
    'Choose the GSTIN the invoice is issued from.',
  ),
  '2156': error('The IRP could not read the start date of the search.', DESK_FAULT),
  '2157': error('The IRP could not read the end date of the search.', DESK_FAULT),
  '2159': error(
    'The reverse charge setting on the invoice is not valid.',
    'Set reverse charge to Yes or No.',
  ),
  '2161': error('The document type is not valid.', 'Choose Invoice, Credit note or Debit note.'),
  '2162': error(
    'Reverse charge can apply only to an invoice to a registered buyer (B2B).',
    'Turn reverse charge off, or change the supply type to B2B.',
  ),
  '2163': error(
    'The document date is in the future.',
    'Correct the document date: it cannot be later than today.',
  ),
  '2169': error(
    'Only the supplier or the e-commerce operator on the invoice can generate its IRN.',
    "Work as the supplier's GSTIN, or check the e-commerce operator's GSTIN on the invoice.",
  ),
  '2171': error(
    'A deemed export needs a registered buyer with a GSTIN.',
    "Enter the buyer's GSTIN on the party, or change the supply type.",
  ),
  '2172': filled(
    'For intra state transaction IGST Amounts are not applicable for item - {0} ,Only Cgst and Sgst Amounts are applicable',
    ['item'],
    error(
      'This is a sale within your state, so the item must carry CGST and SGST, not IGST.',
      "Check the place of supply and the buyer's state; for a sale within the state, charge CGST and SGST.",
    ),
  ),
  '2173': error(
    'The invoice has more than 1000 items, which is the most the IRP accepts.',
    'Split it into invoices of at most 1000 items each.',
  ),
  '2174': filled(
    'For inter state transaction, CGST and SGST Amounts are not applicable for item - {0}, only Igst Amounts are Applicable',
    ['item'],
    error(
      'This is a sale to another state, so the item must carry IGST, not CGST and SGST.',
      "Check the place of supply and the buyer's state; for a sale to another state, charge IGST.",
    ),
  ),
  '2176': filled(
    'Invalid HSN code(s)-{0}',
    ['HSN'],
    error(
      "An HSN code on the invoice is not in the IRP's list of HSN codes.",
      'Correct the HSN code of that item on the Items screen: goods take 4, 6 or 8 digits, services start with 99.',
    ),
  ),
  '2177': filled(
    'Invalid item unit code(s)-{0}',
    ['unit'],
    error(
      'The unit of an item is not one the IRP accepts.',
      'Choose a unit from the GST unit list (UQC) for that item on the Items screen.',
    ),
  ),
  '2178': filled(
    'PIN code does not belong to the state - {0}',
    [''],
    error(
      'The PIN code does not belong to the state given in the address.',
      "Correct the buyer's PIN code or state on the party (or in the ship-to or dispatch-from address).",
    ),
  ),
  '2179': error(
    "A tax amount does not match the item's GST rate.",
    'Check the GST rate and the CGST, SGST and IGST amounts of each item.',
  ),
  '2180': filled(
    'For export transaction CGST and SGST Amounts are not allowed for item -{0}',
    ['item'],
    error(
      'An export cannot carry CGST or SGST.',
      'Charge IGST on the item, or no tax for an export without payment.',
    ),
  ),
  '2181': error('An export cannot be a supply within your own state.', PLACE_96),
  '2182': error("The invoice's taxable value is not the sum of the items' taxable values.", RESAVE),
  '2183': error("The invoice's SGST is not the sum of the items' SGST.", RESAVE),
  '2184': error("The invoice's CGST is not the sum of the items' CGST.", RESAVE),
  '2185': error("The invoice's IGST is not the sum of the items' IGST.", RESAVE),
  '2186': error("The invoice's cess is not the sum of the items' cess.", RESAVE),
  '2187': error("The invoice's state cess is not the sum of the items' state cess.", RESAVE),
  '2188': error(
    "The invoice's quantity-based cess is not the sum of the items' quantity-based cess.",
    RESAVE,
  ),
  '2189': error(
    'The invoice total does not add up: taxable value plus taxes, cess, other charges and round-off, less discount (the IRP allows ₹1 difference).',
    RESAVE,
  ),
  '2190': error(
    "The buyer's registration type does not suit an export invoice.",
    'For an export, show the buyer as unregistered (URP) on the party.',
  ),
  '2191': error(
    'A credit or debit note must name the original invoice.',
    'Enter the original invoice number and date on the note.',
  ),
  '2192': filled(
    'TotAmt value should be equal to (Qty * UnitPrice) for HSN {0}',
    ['HSN'],
    error(
      "An item's amount is not its quantity times its unit price.",
      'Check the quantity and unit price of that item.',
    ),
  ),
  '2193': filled(
    'AssAmt value should be equal to (TotAmt - Discount) for HSN - {0}',
    ['HSN'],
    error("An item's taxable value is not its amount less its discount.", 'Check the discount of that item.'),
  ),
  '2194': filled(
    'Invalid total item value for HSN - {0}',
    ['HSN'],
    error("An item's total is not its taxable value plus its taxes, cess and other charges.", RESAVE),
  ),
  '2195': error(
    "The e-commerce operator's GSTIN is not a TCS registration.",
    "Enter the e-commerce operator's TCS GSTIN on the invoice.",
  ),
  '2196': error(
    'An unregistered buyer (URP) is not allowed for this kind of supply.',
    "Check the supply type and the buyer's GSTIN on the party.",
  ),
  '2197': error(
    "A sale through an e-commerce operator needs the operator's GSTIN.",
    "Enter the e-commerce operator's GSTIN on the invoice.",
  ),
  '2198': error(
    'Ship-to and dispatch-from addresses are not allowed on this invoice.',
    "Remove them when the goods go from your own address to the buyer's.",
  ),
  '2199': error('There is a problem with an HSN code on the invoice.', 'Check the HSN code of each item.'),
  '2200': filled(
    'Invalid state code {0} in dispatch details or ship details',
    ['state code'],
    error(
      'The state in the dispatch-from or ship-to address is not valid.',
      'Choose the state again in that address.',
    ),
  ),
  '2201': error(
    'The port code in the export details is not valid.',
    'Choose the port from the list of port codes.',
  ),
  '2202': error(
    'The country in the export details is not valid.',
    'Choose the country again in the export details.',
  ),
  '2203': error(
    'The foreign currency in the export details is not valid.',
    'Choose a currency code such as USD or EUR in the export details.',
  ),
  '2204': error(
    'A ship-to address cannot be given along with the dispatch-from address on this invoice.',
    'Keep only the address that differs from the usual ones.',
  ),
  '2205': error(
    'A dispatch-from address cannot be given along with the ship-to address on this invoice.',
    'Keep only the address that differs from the usual ones.',
  ),
  '2206': error('A ship-to address is required for this invoice.', 'Add the ship-to address.'),
  '2207': error('A dispatch-from address is required for this invoice.', 'Add the dispatch-from address.'),
  '2208': error(
    'An export invoice needs its export details.',
    'Fill in the port, country and currency of the export.',
  ),
  '2209': error(
    'Both a ship-to and a dispatch-from address are required for this invoice.',
    'Add both addresses.',
  ),
  '2210': error(
    'Only a credit or debit note can refer to an original invoice.',
    'Remove the original invoice reference, or change the document type to credit or debit note.',
  ),
  '2211': error(
    "The buyer's GSTIN is the same as yours.",
    'Choose the right buyer: an e-invoice cannot be issued to your own GSTIN.',
  ),
  '2212': filled(
    'The recipient GSTIN cannot be URP for supply type {0}',
    ['supply type'],
    error(
      'This supply type needs a registered buyer with a GSTIN.',
      "Enter the buyer's GSTIN on the party, or change the supply type.",
    ),
  ),
  '2213': error('The supplier must have a GSTIN.', 'Choose the GSTIN the invoice is issued from.'),
  '2214': filled(
    'GSTIN is required For - {0}',
    [''],
    error('A GSTIN is missing.', 'Enter the missing GSTIN on the party or address named.'),
  ),
  '2215': filled(
    'PIN Code and State Code are required - {0}',
    [''],
    error('A PIN code or state is missing in an address.', 'Fill in the PIN code and state of that address.'),
  ),
  '2216': filled(
    'Trade Name is required - {0}',
    [''],
    error('A name is missing in an address.', 'Fill in the name for that address.'),
  ),
  '2217': filled(
    'Location is required - {0}',
    [''],
    error('The city or town is missing in an address.', 'Fill in the city or town of that address.'),
  ),
  '2218': error('A date is in the future.', 'Correct the date: it cannot be later than today.'),
  '2219': error('The start date is after the end date.', 'Choose a start date on or before the end date.'),
  '2220': error(
    'The discount on the invoice is as large as or larger than the invoice value.',
    'Correct the discount on the invoice.',
  ),
  '2221': error(
    'An export must say whether GST is paid on it or not.',
    'Choose "Export with payment" or "Export without payment" as the supply type.',
  ),
  '2222': filled(
    'StateCess Rate is incorrect for HSN - {0}',
    ['HSN'],
    error('The state cess rate of an item is not right.', 'Correct the state cess rate of that item.'),
  ),
  '2223': filled(
    'StateCess is required for HSN - {0}',
    ['HSN'],
    error('An item needs state cess.', 'Enter the state cess of that item.'),
  ),
  '2224': error(
    "An e-commerce operator's GSTIN was given where it is not allowed.",
    "Remove the e-commerce operator's GSTIN from the invoice.",
  ),
  '2225': error('The IRP could not read the document date.', DESK_FAULT),
  '2226': error(
    'This IRN was generated by another GSTIN, so its details cannot be shown to you.',
    'Work as the GSTIN that generated it.',
  ),
  '2227': filled(
    'SGST and CGST Amounts should be equal for HSN - {0}',
    ['HSN'],
    error(
      'CGST and SGST of an item must be equal.',
      'Split the tax equally between CGST and SGST for that item.',
    ),
  ),
  '2228': error('The invoice has no items.', 'Add at least one item.'),
  '2229': filled(
    'Recipient POS should be other country(96) incase of transaction -{0}',
    ['supply type'],
    error('For this supply type the place of supply must be Other country (96).', PLACE_96),
  ),
  '2230': error(
    'The IRN cannot be cancelled because an e-way bill is active for it.',
    'Cancel the e-way bill first, then the IRN.',
  ),
  '2231': filled(
    'Cannot generate e-Invoice as the supplier GSTIN - {0} is SEZ',
    ['GSTIN'],
    error(
      'E-invoices cannot be generated for a supplier GSTIN that is an SEZ unit.',
      'SEZ units are outside e-invoicing: issue a normal tax invoice.',
    ),
  ),
  '2232': filled(
    'POS should be other country(code: 96 ) for {0} transaction',
    ['supply type'],
    error('For this supply type the place of supply must be Other country (96).', PLACE_96),
  ),
  '2233': error(
    'Two items on the invoice have the same line number.',
    'Open the invoice and save it again so its items are numbered afresh; if this repeats, report it to support.',
  ),
  '2234': filled(
    'Invalid SGST and CGST Amounts for HSN - {0}.',
    ['HSN'],
    error('The CGST or SGST of an item does not match its GST rate.', CHECK_ITEM_TAX),
  ),
  '2235': filled(
    'IGST amount given with HSN -{0} is Invalid',
    ['HSN'],
    error('The IGST of an item does not match its GST rate.', CHECK_ITEM_TAX),
  ),
  '2236': error(
    'For an export, the ship-to address must be the port or place from where the goods leave India.',
    "Enter the port's address as the ship-to address.",
  ),
  '2237': filled(
    'The recipient tax payer of is of type SEZ , CGST and SGST Amounts are not allowed for HSN -{0}',
    ['HSN'],
    error(
      'The buyer is an SEZ unit, so the item must carry IGST, not CGST and SGST.',
      'Choose "SEZ with payment" or "SEZ without payment" as the supply type, and charge IGST.',
    ),
  ),
  '2238': filled(
    'Quantity is required for HSN - {0}',
    ['HSN'],
    error('The quantity of an item is missing.', 'Enter the quantity of that item.'),
  ),
  '2239': filled(
    'Unit is required for HSN - {0}',
    ['HSN'],
    error('The unit of an item is missing.', 'Choose a unit for that item on the Items screen.'),
  ),
  '2240': filled(
    'Invalid GST rate for HSN -{0}',
    ['HSN'],
    error(
      'The GST rate of an item is not a valid GST rate.',
      'Choose a valid GST rate for that item on the Items screen.',
    ),
  ),
  '2241': filled(
    'CGST and SGST amounts with HSN{0} are required for intra state transaction',
    ['HSN'],
    error(
      'This is a sale within your state, so the item needs CGST and SGST.',
      "Check the place of supply and the buyer's state; for a sale within the state, charge CGST and SGST.",
    ),
  ),
  '2242': filled(
    'Recipient POS should not be Other Country(code -96) incase of transaction type {0}',
    ['supply type'],
    error(
      'The place of supply cannot be Other country (96) for this supply type.',
      "Set the place of supply to the buyer's state, or change the supply type to an export.",
    ),
  ),
  '2243': filled(
    'POS should be valid state for {0} transaction',
    ['supply type'],
    error('The place of supply is not a valid state.', 'Choose the place of supply again on the invoice.'),
  ),
  '2244': filled(
    'Recipient PIN code is mandatory for transaction -{0}',
    ['supply type'],
    error("The buyer's PIN code is missing.", "Enter the PIN code in the buyer's address on the party."),
  ),
  '2245': error(
    'For a B2B invoice, the ship-to state must be the place of supply.',
    'Correct the state of the ship-to address or the place of supply.',
  ),
  '2246': filled(
    'Recipient cannot be SEZ for - {0} transaction',
    ['supply type'],
    error(
      'The buyer is an SEZ unit, which this supply type does not allow.',
      'Choose "SEZ with payment" or "SEZ without payment" as the supply type.',
    ),
  ),
  '2247': filled(
    'Recipient should be SEZ for transaction {0}',
    ['supply type'],
    error(
      'This supply type is only for buyers that are SEZ units.',
      "Choose the right supply type, or check the buyer's GSTIN on the party.",
    ),
  ),
  '2248': error(
    'For an export the buyer must be shown as unregistered (URP), not with a GSTIN.',
    "Set the buyer's GSTIN to URP on the party.",
  ),
  '2249': error(
    'Goods and services cannot be mixed on an inter-state invoice whose place of supply is your own state.',
    'Check the place of supply, or put the goods and the services on separate invoices.',
  ),
  '2251': error('An e-way bill needs at least one item that is goods; all items here are services.', NO_EWB),
  '2252': error('E-way bills are not made for credit notes, debit notes or services.', NO_EWB),
  '2253': error(
    'For transport by road, the vehicle number and vehicle type are required.',
    'Enter them in the e-way bill details.',
  ),
  '2254': error(
    'For transport by rail, air or ship, the transport document number and date are required.',
    'Enter them in the e-way bill details.',
  ),
  '2255': error('The IRP received an empty request.', DESK_FAULT),
  '2256': error('The IRP did not accept the signature on the request.', DESK_FAULT),
  '2257': error(
    'This IRN does not belong to the GSTIN you are signed in as.',
    'Work as the GSTIN that generated the IRN.',
  ),
  '2258': error(
    'The state in your own address does not match the first two digits of your GSTIN.',
    'Correct the state of this GSTIN under GSTINs & API access.',
  ),
  '2259': error(
    'The state in your own address is not valid.',
    'Correct the state of this GSTIN under GSTINs & API access.',
  ),
  '2260': error(
    "The state in the buyer's address is not valid.",
    "Choose the buyer's state again on the party.",
  ),
  '2261': filled(
    'Recipient state code should be other country(code: 96 ) for {0} transaction',
    ['supply type'],
    error(
      "For this supply type the buyer's state must be Other country (96).",
      "Set the buyer's state to Other country (96) on the party.",
    ),
  ),
  '2262': error(
    'IGST on a sale within the state needs the place of supply to be your own state.',
    'Correct the place of supply, or turn off "IGST on intra-state supply".',
  ),
  '2263': error(
    'The "IGST on intra-state supply" setting is not valid.',
    'Set it to Yes or No on the invoice.',
  ),
  '2264': error("The items' other charges do not add up to the invoice's other charges.", RESAVE),
  '2265': error(
    "The buyer's state does not match the first two digits of the buyer's GSTIN.",
    "Correct the buyer's state or GSTIN on the party.",
  ),
  '2266': filled(
    'Cess amount given with HSN -{0} is invalid',
    ['HSN'],
    error(
      'The cess of an item does not match its cess rate.',
      'Check the cess rate and cess amount of that item.',
    ),
  ),
  '2267': filled(
    'State Cess amount given with HSN -{0} is Invalid',
    ['HSN'],
    error(
      'The state cess of an item does not match its state cess rate.',
      'Check the state cess rate and amount of that item.',
    ),
  ),
  '2270': error(
    'The IRN can no longer be cancelled: more than 24 hours have passed since it was generated.',
    'An IRN can only be cancelled within 24 hours; issue a credit note instead.',
  ),
  '2283': error(
    'The IRP gives out IRN details only for 2 days after generation.',
    'Use the IRN details already saved with the invoice in eInvoice Desk.',
  ),

  // GSTIN master (3xxx)
  '3001': error('The IRP has no record matching this request.', 'Check the GSTIN or number you looked up.'),
  '3026': error(
    'E-invoicing is not enabled for this GSTIN on the portal.',
    'Enable e-invoicing for this GSTIN on the e-invoice portal (einvoice1.gst.gov.in → Registration), then try again.',
  ),
  '3028': error(
    'The IRP does not know this GSTIN.',
    'Check the GSTIN on the party. If it is right and newly registered, the GST portal may not have passed it to the IRP yet: try again tomorrow.',
  ),
  '3029': error(
    'This GSTIN is not active: it is cancelled or suspended.',
    "Check the buyer's registration status with the buyer; if it has just been restored, try again tomorrow.",
  ),
  '3030': error(
    'The GSTIN is not valid.',
    'Check the GSTIN for typing mistakes: it has 15 characters and the last one is a check character.',
  ),
  '3042': error(
    'A PIN code used to work out the e-way bill distance is not valid.',
    'Check the PIN codes of the dispatch and delivery addresses.',
  ),
  '3059': error(
    "The IRP does not accept requests from this office's internet (IP) address.",
    "Add this office's public IP address to the whitelist of your client ID on the e-invoice portal (API Registration), or connect through a GSP.",
  ),
  '3074': filled(
    'GSTIN - {0} is cancelled and document date - {1} is later than de-registration date',
    ['GSTIN', 'document date'],
    error(
      'The GSTIN was cancelled before the document date.',
      'Check the GSTIN and the document date: a document dated after the cancellation cannot get an IRN.',
    ),
  ),
  '3075': filled(
    'GSTIN- {0} is cancelled and de-registration date is not available',
    ['GSTIN'],
    error('The GSTIN is cancelled.', 'Check the GSTIN on the party with the buyer.'),
  ),
  '3076': filled(
    'GSTIN - {0} is inactive',
    ['GSTIN'],
    error('The GSTIN is not active.', 'Check the GSTIN on the party with the buyer.'),
  ),
  '3077': filled(
    'GSTIN - {0} is cancelled and document date - {1} is earlier than registration date',
    ['GSTIN', 'document date'],
    error('The document date is before the GSTIN was registered.', 'Check the document date and the GSTIN.'),
  ),
  '3078': filled(
    'GSTIN- {0} is cancelled and registration date is not available',
    ['GSTIN'],
    error('The GSTIN is cancelled.', 'Check the GSTIN on the party with the buyer.'),
  ),
  '3079': error(
    'The document date is before the GSTIN was registered.',
    'Check the document date and the GSTIN.',
  ),

  // E-way bills (4xxx)
  '4000': error(
    'The IRN is cancelled, so no e-way bill can be made for it.',
    'Make the e-way bill from an invoice whose IRN is active.',
  ),
  '4001': error('The IRP could not create the e-way bill because of a problem on its side.', TRY_LATER),
  '4002': info(
    'An e-way bill already exists for this IRN.',
    'No new one is needed: use the e-way bill already made for this IRN.',
  ),
  '4003': error(
    'The IRP has no IRN matching this e-way bill request.',
    'Check the IRN: an e-way bill can be made only for an IRN of this GSTIN.',
  ),
  '4004': error('The IRP could not look up the IRN because of a problem on its side.', TRY_LATER),
  '4005': error('No e-way bill was found for this IRN.', 'Generate an e-way bill if the goods need one.'),
  '4006': error('The e-way bill request was missing some details.', DESK_FAULT),
  '4007': error('The IRP has no e-way bill with this number.', 'Check the e-way bill number.'),
  '4008': error('The e-way bill number is not valid.', 'Check the e-way bill number: it has 12 digits.'),
  '4009': error('An e-way bill needs at least one item that is goods; all items here are services.', NO_EWB),
  '4010': error('E-way bills are not made for credit notes, debit notes or services.', NO_EWB),
  '4011': error(
    'For transport by road, the vehicle number is required.',
    'Enter it in the e-way bill details.',
  ),
  '4012': error(
    'For transport by rail or air, the transport document number (railway receipt or airway bill) is required.',
    'Enter it in the e-way bill details.',
  ),
  '4013': error(
    'The distance entered is too far from the road distance between the two PIN codes.',
    'Enter the actual distance, or 0 to let the IRP work it out from the PIN codes.',
  ),
  '4014': error(
    'The vehicle number is not in a valid format.',
    'Enter the registration number as written on the vehicle, without spaces (for example KA12AB1234).',
  ),
  '4015': filled(
    'EWayBill will not be generated for blocked User -{0}',
    ['GSTIN'],
    error(
      'E-way bills are blocked for this GSTIN, usually because GST returns have not been filed.',
      'File the pending returns, or ask for unblocking on the e-way bill portal, then try again.',
    ),
  ),
  '4016': error('The transport document date is in the future.', 'Correct the transport document date.'),
  '4017': error('The IRP could not read a date in the e-way bill request.', DESK_FAULT),
  '4018': error(
    'The transporter ID is not valid.',
    "Enter the transporter's GSTIN or transporter ID exactly as the transporter gave it.",
  ),
  '4019': error(
    'Without vehicle details, the transporter ID is needed to make part A of the e-way bill.',
    'Enter the transporter ID, or the vehicle or transport document details.',
  ),
  '4020': error('The vehicle type is not valid.', 'Choose Regular or Over-dimensional cargo.'),
  '4021': error(
    'The transport document date is before the invoice date.',
    'Correct the transport document date.',
  ),
  '4022': error(
    'For transport by road, the vehicle type is required.',
    'Choose the vehicle type in the e-way bill details.',
  ),
  '4023': error(
    'For transport by rail or air, the transport document date is required.',
    'Enter it in the e-way bill details.',
  ),
  '4024': error(
    'Over-dimensional cargo is allowed only for transport by road or ship.',
    'Choose Regular as the vehicle type, or correct the transport mode.',
  ),
  '4025': error(
    'The IRP did not recognise the user of this e-way bill request.',
    'Check the API user name under GSTINs & API access.',
  ),
  '4026': filled(
    'Duplicate EwayBill for the given document numer, EwbNo - ({0})',
    ['e-way bill'],
    error(
      'An e-way bill was already made for this document number, probably on the e-way bill portal.',
      'Use that e-way bill; if it is wrong, cancel it on the e-way bill portal first, then try again.',
    ),
  ),
  '4027': error(
    'The transporter ID is needed to make part A of the e-way bill.',
    'Enter the transporter ID in the e-way bill details.',
  ),
  '4028': error(
    'The transport mode is needed when a vehicle number or transport document number is given.',
    'Choose the transport mode in the e-way bill details.',
  ),
  '4029': error(
    'The dispatch and delivery PIN codes are the same, so the IRP cannot work out the distance.',
    'Enter the actual distance (not 0) in the e-way bill details.',
  ),
  '4030': filled(
    'The distance between the pincodes {0} and {1} is not available in the system, you need to pass the actual distance.',
    ['from PIN', 'to PIN'],
    error('The IRP does not know the distance between these PIN codes.', ACTUAL_DISTANCE),
  ),
  '4031': error(
    'An export needs a ship-to address (the port) for the e-way bill.',
    "Enter the port's address as the ship-to address.",
  ),
  '4032': error(
    'For the e-way bill, the ship-to state must be an Indian state (the port), not Other country (96).',
    "Enter the port's address as the ship-to address.",
  ),
  '4033': error(
    "For the e-way bill, the ship-to PIN code must be the port's real PIN code, not 999999.",
    "Enter the port's address as the ship-to address.",
  ),
  '4034': error(
    'A PIN code is 999999 (outside India), so the IRP cannot work out the distance.',
    ACTUAL_DISTANCE,
  ),
  '4035': error(
    'For the e-way bill, the dispatch-from state must be an Indian state, not Other country (96).',
    'Correct the dispatch-from address.',
  ),
  '4036': error(
    'For the e-way bill, the dispatch-from PIN code must be a real PIN code, not 999999.',
    'Correct the dispatch-from address.',
  ),
  '4037': error(
    'This e-way bill belongs to another GSTIN, so it cannot be shown to you.',
    'Work as the GSTIN that generated it.',
  ),
  '4038': error(
    'The distance entered is more than the road distance between the PIN codes allows.',
    'Enter the actual distance, or 0 to let the IRP work it out from the PIN codes.',
  ),
  '4039': error(
    'For transport by ship, the vehicle type cannot be Regular.',
    'Choose Over-dimensional cargo, or give the bill of lading number instead of a vessel number.',
  ),
  '4040': error(
    'For transport by ship, the vessel number or the bill of lading number is required.',
    'Enter one of them in the e-way bill details.',
  ),

  // The IRP's own troubles (5xxx), and the cancel answer 9999
  '5001': error('The IRP could not complete the request because of a problem on its side.', IRP_TROUBLE),
  '5002': error(
    'The request was too large for the IRP.',
    'Split a very long invoice into smaller ones; for an e-way bill, also check the distance.',
  ),
  '5003': error('The IRP received an empty request.', DESK_FAULT),
  '9999': info(
    'The IRN is already cancelled.',
    'Nothing more to do: it was cancelled earlier, perhaps on the e-invoice portal.',
  ),
  SYS_5001: error('The IRP could not complete the request because of a problem on its side.', IRP_TROUBLE),
};

// Codes the IRP puts in its texts instead of words; shown to the user in words.
const VALUE_WORDS: Readonly<Record<string, string>> = {
  sellerdtls: 'supplier',
  buyerdtls: 'buyer',
  dispdtls: 'dispatch-from address',
  shipdtls: 'ship-to address',
  sezwp: 'SEZ with payment',
  sezwop: 'SEZ without payment',
  expwp: 'export with payment',
  expwop: 'export without payment',
  dexp: 'deemed export',
};

const MAX_VALUE_LENGTH = 60;
const patterns = new Map<string, RegExp>();

/**
 * The template as a pattern: literal text matched loosely (the IRP's spacing around dashes and
 * commas varies, and GSPs prefix "2176 : "), each placeholder captured.
 */
function patternFor(template: string): RegExp {
  const cached = patterns.get(template);
  if (cached) return cached;
  const parts = template
    .trim()
    .replace(/[\s.]+$/, '')
    .split(/\{\d+\}/);
  // Word by word, so that "code(s)-1" and "code(s) - 1" both match.
  const literal = (text: string) =>
    (text.match(/[a-z0-9]+|\S/gi) ?? [])
      .map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s*');
  const endsWithValue = parts[parts.length - 1]?.trim() === '';
  const source = parts.map(literal).join('\\s*(.+?)\\s*') + (endsWithValue ? '[\\s.]*$' : '');
  const pattern = new RegExp(source, 'i');
  patterns.set(template, pattern);
  return pattern;
}

function cleanValue(raw: string): string {
  const value = raw
    .trim()
    .replace(/^["'([]+|["')\].,;:]+$/g, '')
    .trim();
  const word = VALUE_WORDS[value.toLowerCase().replace(/[^a-z]/g, '')];
  if (word) return word;
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 1)}…` : value;
}

/**
 * The values (HSN, item, GSTIN, …) the IRP filled into its text for this code, in placeholder order;
 * empty when the code carries none or the text does not follow NIC's wording.
 */
export function irpMessageValues(code: string, irpMessage: string): string[] {
  const template = TABLE[code.trim()]?.template;
  if (!template) return [];
  const match = patternFor(template).exec(irpMessage);
  if (!match) return [];
  return match.slice(1).map((raw) => cleanValue(raw ?? ''));
}

function withValues(entry: Entry, values: readonly string[]): string {
  const shown = values
    .map((value, i) => {
      if (!value) return '';
      const label = entry.labels?.[i] ?? '';
      return label ? `${label} ${value}` : value;
    })
    .filter((part) => part !== '');
  if (shown.length === 0) return entry.message;
  const note = `(${shown.join(', ')})`;
  return entry.message.endsWith('.') ? `${entry.message.slice(0, -1)} ${note}.` : `${entry.message} ${note}`;
}

/** Plain words for a code; unknown codes fall back to the IRP's own text, never to nothing. */
export function describeIrpCode(code: string, irpMessage?: string): IrpCodeDescription {
  const known = TABLE[code.trim()];
  if (known) {
    const message = irpMessage ? withValues(known, irpMessageValues(code, irpMessage)) : known.message;
    return known.action === undefined
      ? { message, severity: known.severity }
      : { message, action: known.action, severity: known.severity };
  }
  const text = (irpMessage ?? '').trim();
  return {
    message: text
      ? `The IRP refused the request (${code}): ${text}`
      : `The IRP refused the request with code ${code}.`,
    severity: 'error',
  };
}

export function knownIrpCodes(): string[] {
  return Object.keys(TABLE);
}

/** The IRP text with placeholders this table reads values from, for codes that carry values. */
export function irpCodeTemplate(code: string): string | undefined {
  return TABLE[code.trim()]?.template;
}
