/**
 * The IRP's error codes with NIC's own message text (from the published error-code list). `{0}`/`{1}`
 * are filled by the rule that fires. Codes the reference leaves open are flagged in sandbox/README.md.
 */
const MESSAGES: Record<string, string> = {
  '1004': 'Header GSTIN is required',
  '1005': 'Invalid Token',
  '1006': 'User Name is required',
  '1008': 'Invalid login credentials',
  '1010': 'Invalid Client-ID/Client-Secret',
  '1011': 'Client Id is required',
  '1012': 'Client Secret is required',
  '1013': 'Decryption of password failed',
  '1014': 'Inactive User',
  '1015': 'Invalid GSTIN for this user',
  '1016': 'Decryption of App Key failed',
  '1017': 'Incorrect user id/User does not exists',
  '1018': 'Client Id is not mapped to this user',
  '1019': 'Incorrect Password',
  '1020': 'Decryption failed',
  '2140': 'Error while validating invoice',
  '2142': 'Incomplete request parameters',
  '2143': 'Invoice does not belongs to the user GSTIN',
  '2144': 'Document date should be in the format (dd/MM/yyyy)',
  '2145': 'IRN is not valid',
  '2148': 'Requested IRN data is not available',
  '2150': 'Duplicate IRN',
  '2154': 'IRN details are not found',
  '2159': 'Invalid value for reverse charge applicable field',
  '2161': 'Invalid Document Type',
  '2162': 'Reverse Charge is applicable only for B2B invoices',
  '2163': 'The document date should not be a future date',
  '2169': 'Either supplier GSTIN or e-Commerce GSTIN can generate IRN.',
  '2171': 'The recipient GSTIN cannot be URP, in case of Deemed Export transaction',
  '2172':
    'For intra state transaction IGST Amounts are not applicable for item - {0} ,Only Cgst and Sgst Amounts are applicable',
  '2173': 'You have exceeded the limit of number of items',
  '2174':
    'For inter state transaction, CGST and SGST Amounts are not applicable for item - {0}, only Igst Amounts are Applicable',
  '2176': 'Invalid HSN code(s)-{0}',
  '2177': 'Invalid item unit code(s)-{0}',
  '2178': 'PIN code does not belong to the state - {0}',
  '2180': 'For export transaction CGST and SGST Amounts are not allowed for item -{0}',
  '2182': 'Taxable value of all items must be equal to total taxable value',
  '2183': 'SGST value of all items must be equal to total SGST Value',
  '2184': 'CGST value of all items must be equal to total CGST value',
  '2185': 'IGST value of all items must be equal to total IGST Value',
  '2186': 'Cess value of all items must be equal to total CessValue',
  '2187': 'State Cess Value of all items must be equal to total State CessValue',
  '2189': 'Invalid total Invoice Value',
  '2191': 'Original invoice number is required in case of Credit / Debit note',
  '2192': 'TotAmt value should be equal to (Qty * UnitPrice) for HSN {0}',
  '2193': 'AssAmt value should be equal to (TotAmt - Discount) for HSN - {0}',
  '2194': 'Invalid total item value for HSN - {0}',
  '2195': 'e-Commerce Gstin should be TCS',
  '2200': 'Invalid state code {0} in dispatch details or ship details',
  '2208': 'Export details are required',
  '2210': 'Original invoice number is not required for the document type Invoice',
  '2211': 'Supplier and recipient GSTIN should not be the same.',
  '2212': 'The recipient GSTIN cannot be URP for supply type {0}',
  '2213': 'The supplier GSTIN cannot be URP',
  '2220': 'Total discount value cannot be greater than or equal total invoice value',
  '2227': 'SGST and CGST Amounts should be equal for HSN - {0}',
  '2228': 'Item list cannot be empty',
  '2229': 'Recipient POS should be other country(96) incase of transaction -{0}',
  '2230':
    'This IRN cannot be cancelled because e-way bill has been generated , you can cancel e-way bill and then try cancelling IRN',
  '2231': 'Cannot generate e-Invoice as the supplier GSTIN - {0} is SEZ',
  '2233': 'Duplicate SI nos are not allowed in items',
  '2234': 'Invalid SGST and CGST Amounts for HSN - {0}.',
  '2235': 'IGST amount given with HSN -{0} is Invalid',
  '2237': 'The recipient tax payer of is of type SEZ , CGST and SGST Amounts are not allowed for HSN -{0}',
  '2238': 'Quantity is required for HSN - {0}',
  '2239': 'Unit is required for HSN - {0}',
  '2240': 'Invalid GST rate for HSN -{0}',
  '2241': 'CGST and SGST amounts with HSN{0} are required for intra state transaction',
  '2242': 'Recipient POS should not be Other Country(code -96) incase of transaction type {0}',
  '2243': 'POS should be valid state for {0} transaction',
  '2244': 'Recipient PIN code is mandatory for transaction -{0}',
  '2246': 'Recipient cannot be SEZ for - {0} transaction',
  '2247': 'Recipient should be SEZ for transaction {0}',
  '2248': 'Recipient has to be URP in case of export transactions',
  '2249':
    'Combination of goods and service items are not allowed for inter state transaction with POS same as the supplier state',
  '2251': 'E-Way Bill can be generated provided at least HSN of one item belongs to goods',
  '2252': 'E-way Bill is not generated for document types of Debit Note and Credit Note and Services.',
  '2253': 'Vehicle number and vehicle type should be passed in case of transportation mode is Road.',
  '2254':
    'The transport document number and date should be passed in case of transportation mode is other than Road.',
  '2258': 'Supplier GSTIN state code should be same as the sate code passed in supplier details',
  '2259': 'Invalid supplier state code',
  '2260': 'Invalid recipient state code',
  '2261': 'Recipient state code should be other country(code: 96 ) for {0} transaction',
  '2262': 'Supplier statecode and POS should be same for intra state supply but chargeable to IGST',
  '2263': 'Invalid value for IGSTonIntra field',
  '2264': 'Total of other charges in all items must be equal to other charge in Document total.',
  '2265': 'Recipient GSTIN state code should be same as the sate code passed in recipient details',
  '2266': 'Cess amount given with HSN -{0} is invalid',
  '2267': 'State Cess amount given with HSN -{0} is Invalid',
  '2270': 'IRN cannot be cancelled as it is generated more than 24 hours ago',
  '2283': 'IRN details cannot be provided as it is generated more than 2 days ago',
  '3001': 'Requested data is not available',
  '3026': 'GSTIN is not enabled for e-Invoice',
  '3028': 'GSTIN is invalid',
  '3029': 'GSTIN is not active',
  '3030': 'Invalid Gstin',
  '3074': 'GSTIN - {0} is cancelled and document date - {1} is later than de-registration date',
  '3075': 'GSTIN- {0} is cancelled and de-registration date is not available',
  '3076': 'GSTIN - {0} is inactive',
  '3077': 'GSTIN - {0} is cancelled and document date - {1} is earlier than registration date',
  '3079': 'For active GSTINs the document date should not be earlier than registration date',
  '4000': 'Status of the IRN is not active',
  '4002': 'EwayBill is already generated for this IRN',
  '4003': 'Requested IRN data is not available',
  '4005': 'Eway Bill details are not found',
  '4009': 'E Way Bill can be generated provided at least HSN of one item belongs to goods.',
  '4010': 'E-way Bill cannot generated for Debit Note, Credit Note and Services.',
  '4011': 'Vehicle number should be passed in case of transportation mode is Road.',
  '4012': 'The transport document number should be passed for transportation modes air and rail',
  '4014': 'Invalid Vehicle Number',
  '4015': 'EWayBill will not be generated for blocked User -{0}',
  '4016': 'Transport document date cannot be a future date',
  '4017': 'Incorrect date format',
  '4018': 'Invalid Transporter ID',
  '4019': 'Provide Transporter ID in order to generate Part A of e-Way Bill',
  '4021': 'Transporter document date cannot be earlier than the invoice date.',
  '4022': 'vehicle type should be passed in case of transportation mode is Road.',
  '4023': 'The transport document date should be passed for of transportation modes air and rail.',
  '4024': 'Vehicle type should not be ODC when transmode is other than road and ship',
  '4028': 'Transport mode is mandatory as Vehicle Number/Transport Document Number is given',
  '4029': 'Valid distance to be sent in case of same pin codes, you cannot send 0 as distance in this case.',
  '4030':
    'The distance between the pincodes {0} and {1} is not available in the system, you need to pass the actual distance.',
  '4031': 'Ship to details are mandatory for export transactions to generate e-Way Bill.',
  '4032': 'Ship to state code cannot be other country code(96) for e-Way Bill generation',
  '4033': 'Ship to PIN code cannot be 999999 for e-Way Bill generation',
  '4034':
    'Since the you passed Supplier/Recepient/Dispatch from/Ship to Pincode as 999999, distance cannot be 0',
  '4035': 'Dispatch state code cannot be other country code(96) for e-Way Bill generation',
  '4036': 'Dispatch PIN code cannot be 999999 for e-Way Bill generation',
  '4037': 'You are not authorised to get data',
  '4038': 'The distance between the pincodes given is too high',
  '4039': 'Vehicle type can not be regular when transport mode is ship',
  '4040': 'For Ship Transport, either vehicle number or transport document number is required',
  '5001': 'Application Error, Please Contact the help desk',
  '5002': 'Request body too large',
  '5003': 'Data cannot be null or empty',
  '9999': 'Invoice is not active',
};

export interface IrpError {
  ErrorCode: string;
  ErrorMessage: string;
}

/** The NIC error for `code`, placeholders filled in order. Unknown codes keep the caller's text. */
export function irpError(code: string, ...args: Array<string | number>): IrpError {
  const template = MESSAGES[code] ?? String(args[0] ?? 'Error');
  const message = template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
  return { ErrorCode: code, ErrorMessage: message };
}

/** A message of our own wording under a NIC code (schema failures, the configurable 30-day rule). */
export function customError(code: string, message: string): IrpError {
  return { ErrorCode: code, ErrorMessage: message };
}

/** Thrown by handlers to end a request with IRP errors (HTTP 200 unless said otherwise). */
export class IrpFailure extends Error {
  constructor(
    readonly errors: IrpError[],
    readonly httpStatus = 200,
    readonly info: unknown[] | null = null,
  ) {
    super(errors.map((e) => `${e.ErrorCode}: ${e.ErrorMessage}`).join('; '));
  }
}

export function fail(code: string, ...args: Array<string | number>): never {
  throw new IrpFailure([irpError(code, ...args)]);
}
