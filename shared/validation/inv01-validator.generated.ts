// GENERATED FILE: do not edit by hand.
// Precompiled ajv validator for the IRP's INV-01 v1.1 JSON, derived from
// ../shared/irp/data/einvoice-v1.1-field-spec.json by shared/validation/schema/build-schema.ts.
// Regenerate with: npx tsx shared/validation/schema/generate.ts
// (a unit test fails when this text differs from a fresh generation).
/* eslint-disable */
// @ts-nocheck
export const validateInv01Schema = validate10;
const schema11 = {
  $id: 'inv01-v1.1',
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    Version: { type: 'string', minLength: 1, maxLength: 6 },
    TranDtls: {
      type: 'object',
      properties: {
        TaxSch: { type: 'string', minLength: 3, maxLength: 10, pattern: '^(GST)$', enum: ['GST'] },
        SupTyp: {
          type: 'string',
          minLength: 3,
          maxLength: 10,
          pattern:
            '^(([Bb]2[Bb])|([Ss][Ee][Zz][Ww][Pp])|([Ss][Ee][Zz][Ww][Oo][Pp])|([Ee][Xx][Pp][Ww][Pp])|([Ee][Xx][Pp][Ww][Oo][Pp])|([Dd][Ee][Xx][Pp]))$',
        },
        RegRev: { type: 'string', minLength: 1, maxLength: 1, pattern: '^([Y|N]{1})$', enum: ['Y', 'N'] },
        EcmGstin: { type: 'string', minLength: 15, maxLength: 15, pattern: '^([0-9]{2}[0-9A-Z]{13})$' },
        IgstOnIntra: {
          type: 'string',
          minLength: 1,
          maxLength: 1,
          pattern: '^([Y|N]{1})$',
          enum: ['Y', 'N'],
        },
      },
      required: ['TaxSch', 'SupTyp'],
      additionalProperties: false,
    },
    DocDtls: {
      type: 'object',
      properties: {
        Typ: {
          type: 'string',
          minLength: 3,
          maxLength: 3,
          pattern: '^(([Ii][Nn][Vv])|([Cc][Rr][Nn])|([Dd][Bb][Nn]))$',
        },
        No: { type: 'string', minLength: 1, maxLength: 16, pattern: '^([a-zA-Z1-9]{1}[a-zA-Z0-9/-]{0,15})$' },
        Dt: {
          type: 'string',
          minLength: 10,
          maxLength: 10,
          pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
        },
      },
      required: ['Typ', 'No', 'Dt'],
      additionalProperties: false,
    },
    SellerDtls: {
      type: 'object',
      properties: {
        Gstin: { type: 'string', minLength: 15, maxLength: 15, pattern: '([0-9]{2}[0-9A-Z]{13})' },
        LglNm: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        TrdNm: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Addr1: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
        Addr2: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Loc: { type: 'string', minLength: 3, maxLength: 50, pattern: '^([^"])*$' },
        Pin: { type: 'number', minimum: 100000, maximum: 999999 },
        Stcd: { type: 'string', minLength: 1, maxLength: 2, pattern: '^(?!0+$)([0-9]{1,2})$' },
        Ph: { type: 'string', minLength: 6, maxLength: 12, pattern: '^([0-9]{6,12})$' },
        Em: { type: 'string', minLength: 6, maxLength: 100, pattern: '^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$' },
      },
      required: ['Gstin', 'LglNm', 'Addr1', 'Loc', 'Pin', 'Stcd'],
      additionalProperties: false,
    },
    BuyerDtls: {
      type: 'object',
      properties: {
        Gstin: { type: 'string', minLength: 3, maxLength: 15, pattern: '^(([0-9]{2}[0-9A-Z]{13})|URP)$' },
        LglNm: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        TrdNm: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Addr1: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
        Addr2: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Loc: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Pin: { type: 'number', minimum: 100000, maximum: 999999 },
        Stcd: { type: 'string', minLength: 1, maxLength: 2, pattern: '^(?!0+$)([0-9]{1,2})$' },
        Ph: { type: 'string', minLength: 6, maxLength: 12, pattern: '^([0-9]{6,12})$' },
        Em: { type: 'string', minLength: 6, maxLength: 100, pattern: '^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$' },
        Pos: { type: 'string', minLength: 1, maxLength: 2, pattern: '^(?!0+$)([0-9]{1,2})$' },
      },
      required: ['Gstin', 'LglNm', 'Addr1', 'Loc', 'Stcd', 'Pos'],
      additionalProperties: false,
    },
    DispDtls: {
      type: 'object',
      properties: {
        Nm: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Addr1: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
        Addr2: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Loc: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Pin: { type: 'number', minimum: 100000, maximum: 999999 },
        Stcd: { type: 'string', minLength: 1, maxLength: 2, pattern: '^(?!0+$)([0-9]{1,2})$' },
      },
      required: ['Nm', 'Addr1', 'Loc', 'Pin', 'Stcd'],
      additionalProperties: false,
    },
    ShipDtls: {
      type: 'object',
      properties: {
        Gstin: { type: 'string', minLength: 3, maxLength: 15, pattern: '^(([0-9]{2}[0-9A-Z]{13})|URP)$' },
        LglNm: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        TrdNm: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Addr1: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
        Addr2: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Loc: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        Pin: { type: 'number', minimum: 100000, maximum: 999999 },
        Stcd: { type: 'string', minLength: 1, maxLength: 2, pattern: '^(?!0+$)([0-9]{1,2})$' },
      },
      required: ['LglNm', 'Addr1', 'Loc', 'Pin', 'Stcd'],
      additionalProperties: false,
    },
    ItemList: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          SlNo: { type: 'string', minLength: 1, maxLength: 6, pattern: '^([0-9]{1,6})$' },
          PrdDesc: { type: 'string', minLength: 3, maxLength: 300, pattern: '^([^"])*$' },
          IsServc: { type: 'string', minLength: 1, maxLength: 1, pattern: '^([Y|N]{1})$', enum: ['Y', 'N'] },
          HsnCd: {
            type: 'string',
            minLength: 4,
            maxLength: 8,
            pattern: '^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$',
          },
          Barcde: { type: 'string', minLength: 3, maxLength: 30, pattern: '^([^"])*$' },
          Qty: { type: 'number', minimum: 0, maximum: 9999999999.999 },
          FreeQty: { type: 'number', minimum: 0, maximum: 9999999999.999 },
          Unit: { type: 'string', minLength: 3, maxLength: 8, pattern: '^([A-Z|a-z]{3,8})$' },
          UnitPrice: { type: 'number', minimum: 0, maximum: 999999999999.999 },
          TotAmt: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          Discount: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          PreTaxVal: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          AssAmt: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          GstRt: { type: 'number', minimum: 0, maximum: 999.999 },
          IgstAmt: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          CgstAmt: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          SgstAmt: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          CesRt: { type: 'number', minimum: 0, maximum: 999.999 },
          CesAmt: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          CesNonAdvlAmt: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          StateCesRt: { type: 'number', minimum: 0, maximum: 999.999 },
          StateCesAmt: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          StateCesNonAdvlAmt: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          OthChrg: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          TotItemVal: { type: 'number', minimum: 0, maximum: 999999999999.99 },
          OrdLineRef: { type: 'string', minLength: 1, maxLength: 50, pattern: '^([^"])*$' },
          OrgCntry: { type: 'string', minLength: 2, maxLength: 2, pattern: '^([A-Z|a-z]{2})$' },
          PrdSlNo: { type: 'string', minLength: 1, maxLength: 20, pattern: '^([^"])*$' },
          BchDtls: {
            type: 'object',
            properties: {
              Nm: { type: 'string', minLength: 3, maxLength: 20, pattern: '^([^"])*$' },
              ExpDt: {
                type: 'string',
                minLength: 10,
                maxLength: 10,
                pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
              },
              WrDt: {
                type: 'string',
                minLength: 10,
                maxLength: 10,
                pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
              },
            },
            required: ['Nm'],
            additionalProperties: false,
          },
          AttribDtls: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                Nm: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
                Val: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
              },
              additionalProperties: false,
            },
          },
        },
        required: ['SlNo', 'IsServc', 'HsnCd', 'UnitPrice', 'TotAmt', 'AssAmt', 'GstRt', 'TotItemVal'],
        additionalProperties: false,
      },
      minItems: 1,
      maxItems: 1000,
    },
    ValDtls: {
      type: 'object',
      properties: {
        AssVal: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        CgstVal: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        SgstVal: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        IgstVal: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        CesVal: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        StCesVal: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        Discount: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        OthChrg: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        RndOffAmt: { type: 'number', minimum: -99.99, maximum: 99.99 },
        TotInvVal: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        TotInvValFc: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
      },
      required: ['AssVal', 'TotInvVal'],
      additionalProperties: false,
    },
    PayDtls: {
      type: 'object',
      properties: {
        Nm: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
        AccDet: { type: 'string', minLength: 1, maxLength: 18, pattern: '^([^"])*$' },
        Mode: { type: 'string', minLength: 1, maxLength: 18, pattern: '^([^"])*$' },
        FinInsBr: { type: 'string', minLength: 1, maxLength: 11, pattern: '^([^"])*$' },
        PayTerm: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
        PayInstr: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
        CrTrn: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
        DirDr: { type: 'string', minLength: 1, maxLength: 100, pattern: '^([^"])*$' },
        CrDay: { type: 'number', minimum: 0, maximum: 9999 },
        PaidAmt: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
        PaymtDue: { type: 'number', minimum: 0, maximum: 99999999999999.98 },
      },
      additionalProperties: false,
    },
    RefDtls: {
      type: 'object',
      properties: {
        InvRm: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        DocPerdDtls: {
          type: 'object',
          properties: {
            InvStDt: {
              type: 'string',
              minLength: 10,
              maxLength: 10,
              pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
            },
            InvEndDt: {
              type: 'string',
              minLength: 10,
              maxLength: 10,
              pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
            },
          },
          required: ['InvStDt', 'InvEndDt'],
          additionalProperties: false,
        },
        PrecDocDtls: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              InvNo: {
                type: 'string',
                minLength: 1,
                maxLength: 16,
                pattern: '^[1-9a-zA-Z]{1}[0-9a-zA-Z/-]{1,15}$',
              },
              InvDt: {
                type: 'string',
                minLength: 10,
                maxLength: 10,
                pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
              },
              OthRefNo: { type: 'string', minLength: 1, maxLength: 20, pattern: '^([^"])*$' },
            },
            required: ['InvNo', 'InvDt'],
            additionalProperties: false,
          },
        },
        ContrDtls: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              RecAdvRefr: { type: 'string', minLength: 1, maxLength: 20, pattern: '^([^"])*$' },
              RecAdvDt: {
                type: 'string',
                minLength: 10,
                maxLength: 10,
                pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
              },
              TendRefr: { type: 'string', minLength: 1, maxLength: 20, pattern: '^([^"])*$' },
              ContrRefr: { type: 'string', minLength: 1, maxLength: 20, pattern: '^([^"])*$' },
              ExtRefr: { type: 'string', minLength: 1, maxLength: 20, pattern: '^([^"])*$' },
              ProjRefr: { type: 'string', minLength: 1, maxLength: 20, pattern: '^([^"])*$' },
              PORefr: { type: 'string', minLength: 1, maxLength: 16, pattern: '^([^"])*$' },
              PORefDt: {
                type: 'string',
                minLength: 10,
                maxLength: 10,
                pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
              },
            },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    AddlDocDtls: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          Url: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
          Docs: { type: 'string', minLength: 3, maxLength: 1000, pattern: '^([^"])*$' },
          Info: { type: 'string', minLength: 3, maxLength: 1000, pattern: '^([^"])*$' },
        },
        additionalProperties: false,
      },
    },
    ExpDtls: {
      type: 'object',
      properties: {
        ShipBNo: { type: 'string', minLength: 1, maxLength: 20, pattern: '^([^"])*$' },
        ShipBDt: {
          type: 'string',
          minLength: 10,
          maxLength: 10,
          pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
        },
        Port: { type: 'string', minLength: 2, maxLength: 10, pattern: '^[0-9|A-Z|a-z]{2,10}$' },
        RefClm: { type: 'string', minLength: 1, maxLength: 1, pattern: '^([Y|N]{1})$' },
        ForCur: { type: 'string', minLength: 3, maxLength: 16, pattern: '^[A-Z|a-z]{3,16}$' },
        CntCode: { type: 'string', minLength: 2, maxLength: 2, pattern: '^([A-Z]{2})$' },
        ExpDuty: { type: 'number', minimum: 0, maximum: 999999999999.99 },
      },
      additionalProperties: false,
    },
    EwbDtls: {
      type: 'object',
      properties: {
        TransId: { type: 'string', minLength: 15, maxLength: 15, pattern: '^([0-9]{2}[0-9A-Z]{13})$' },
        TransName: { type: 'string', minLength: 3, maxLength: 100, pattern: '^([^"])*$' },
        TransMode: {
          type: 'string',
          minLength: 1,
          maxLength: 1,
          pattern: '^([1-4]{1})?$',
          enum: ['1', '2', '3', '4'],
        },
        Distance: { type: 'number', minimum: 0, maximum: 4000 },
        TransDocNo: { type: 'string', minLength: 1, maxLength: 15, pattern: '^([a-zA-Z0-9/-]{1,15})$' },
        TransDocDt: {
          type: 'string',
          minLength: 10,
          maxLength: 10,
          pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$',
        },
        VehNo: { type: 'string', minLength: 4, maxLength: 20, pattern: '^([A-Z|a-z|0-9]{4,20})$' },
        VehType: { type: 'string', minLength: 1, maxLength: 1, pattern: '^([O|R]{1})$', enum: ['O', 'R'] },
      },
      required: ['Distance'],
      additionalProperties: false,
    },
  },
  required: ['Version', 'TranDtls', 'DocDtls', 'SellerDtls', 'BuyerDtls', 'ItemList', 'ValDtls'],
  additionalProperties: false,
};
const func2 = Object.prototype.hasOwnProperty;
const func3 = function ucs2length(str) {
  let length = 0;
  for (const _ of str) length++;
  return length;
};
const pattern0 = new RegExp('^(GST)$', 'u');
const pattern1 = new RegExp(
  '^(([Bb]2[Bb])|([Ss][Ee][Zz][Ww][Pp])|([Ss][Ee][Zz][Ww][Oo][Pp])|([Ee][Xx][Pp][Ww][Pp])|([Ee][Xx][Pp][Ww][Oo][Pp])|([Dd][Ee][Xx][Pp]))$',
  'u',
);
const pattern2 = new RegExp('^([Y|N]{1})$', 'u');
const pattern3 = new RegExp('^([0-9]{2}[0-9A-Z]{13})$', 'u');
const pattern5 = new RegExp('^(([Ii][Nn][Vv])|([Cc][Rr][Nn])|([Dd][Bb][Nn]))$', 'u');
const pattern6 = new RegExp('^([a-zA-Z1-9]{1}[a-zA-Z0-9/-]{0,15})$', 'u');
const pattern7 = new RegExp('^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$', 'u');
const pattern8 = new RegExp('([0-9]{2}[0-9A-Z]{13})', 'u');
const pattern9 = new RegExp('^([^"])*$', 'u');
const pattern14 = new RegExp('^(?!0+$)([0-9]{1,2})$', 'u');
const pattern15 = new RegExp('^([0-9]{6,12})$', 'u');
const pattern16 = new RegExp('^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$', 'u');
const pattern17 = new RegExp('^(([0-9]{2}[0-9A-Z]{13})|URP)$', 'u');
const pattern39 = new RegExp('^([0-9]{1,6})$', 'u');
const pattern42 = new RegExp('^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$', 'u');
const pattern44 = new RegExp('^([A-Z|a-z]{3,8})$', 'u');
const pattern46 = new RegExp('^([A-Z|a-z]{2})$', 'u');
const pattern64 = new RegExp('^[1-9a-zA-Z]{1}[0-9a-zA-Z/-]{1,15}$', 'u');
const pattern80 = new RegExp('^[0-9|A-Z|a-z]{2,10}$', 'u');
const pattern82 = new RegExp('^[A-Z|a-z]{3,16}$', 'u');
const pattern83 = new RegExp('^([A-Z]{2})$', 'u');
const pattern86 = new RegExp('^([1-4]{1})?$', 'u');
const pattern87 = new RegExp('^([a-zA-Z0-9/-]{1,15})$', 'u');
const pattern89 = new RegExp('^([A-Z|a-z|0-9]{4,20})$', 'u');
const pattern90 = new RegExp('^([O|R]{1})$', 'u');
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="inv01-v1.1" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.Version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'Version' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.TranDtls === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'TranDtls' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.DocDtls === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'DocDtls' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.SellerDtls === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'SellerDtls' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.BuyerDtls === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'BuyerDtls' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.ItemList === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ItemList' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.ValDtls === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ValDtls' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err7 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.Version !== undefined) {
      let data0 = data.Version;
      if (typeof data0 === 'string') {
        if (func3(data0) > 6) {
          const err8 = {
            instancePath: instancePath + '/Version',
            schemaPath: '#/properties/Version/maxLength',
            keyword: 'maxLength',
            params: { limit: 6 },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err9 = {
            instancePath: instancePath + '/Version',
            schemaPath: '#/properties/Version/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/Version',
          schemaPath: '#/properties/Version/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.TranDtls !== undefined) {
      let data1 = data.TranDtls;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.TaxSch === undefined) {
          const err11 = {
            instancePath: instancePath + '/TranDtls',
            schemaPath: '#/properties/TranDtls/required',
            keyword: 'required',
            params: { missingProperty: 'TaxSch' },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data1.SupTyp === undefined) {
          const err12 = {
            instancePath: instancePath + '/TranDtls',
            schemaPath: '#/properties/TranDtls/required',
            keyword: 'required',
            params: { missingProperty: 'SupTyp' },
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(
            key1 === 'TaxSch' ||
            key1 === 'SupTyp' ||
            key1 === 'RegRev' ||
            key1 === 'EcmGstin' ||
            key1 === 'IgstOnIntra'
          )) {
            const err13 = {
              instancePath: instancePath + '/TranDtls',
              schemaPath: '#/properties/TranDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.TaxSch !== undefined) {
          let data2 = data1.TaxSch;
          if (!(data2 === 'GST')) {
            const err14 = {
              instancePath: instancePath + '/TranDtls/TaxSch',
              schemaPath: '#/properties/TranDtls/properties/TaxSch/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.TranDtls.properties.TaxSch.enum },
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data2 === 'string') {
            if (func3(data2) > 10) {
              const err15 = {
                instancePath: instancePath + '/TranDtls/TaxSch',
                schemaPath: '#/properties/TranDtls/properties/TaxSch/maxLength',
                keyword: 'maxLength',
                params: { limit: 10 },
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func3(data2) < 3) {
              const err16 = {
                instancePath: instancePath + '/TranDtls/TaxSch',
                schemaPath: '#/properties/TranDtls/properties/TaxSch/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern0.test(data2)) {
              const err17 = {
                instancePath: instancePath + '/TranDtls/TaxSch',
                schemaPath: '#/properties/TranDtls/properties/TaxSch/pattern',
                keyword: 'pattern',
                params: { pattern: '^(GST)$' },
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/TranDtls/TaxSch',
              schemaPath: '#/properties/TranDtls/properties/TaxSch/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data1.SupTyp !== undefined) {
          let data3 = data1.SupTyp;
          if (typeof data3 === 'string') {
            if (func3(data3) > 10) {
              const err19 = {
                instancePath: instancePath + '/TranDtls/SupTyp',
                schemaPath: '#/properties/TranDtls/properties/SupTyp/maxLength',
                keyword: 'maxLength',
                params: { limit: 10 },
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (func3(data3) < 3) {
              const err20 = {
                instancePath: instancePath + '/TranDtls/SupTyp',
                schemaPath: '#/properties/TranDtls/properties/SupTyp/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (!pattern1.test(data3)) {
              const err21 = {
                instancePath: instancePath + '/TranDtls/SupTyp',
                schemaPath: '#/properties/TranDtls/properties/SupTyp/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(([Bb]2[Bb])|([Ss][Ee][Zz][Ww][Pp])|([Ss][Ee][Zz][Ww][Oo][Pp])|([Ee][Xx][Pp][Ww][Pp])|([Ee][Xx][Pp][Ww][Oo][Pp])|([Dd][Ee][Xx][Pp]))$',
                },
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/TranDtls/SupTyp',
              schemaPath: '#/properties/TranDtls/properties/SupTyp/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data1.RegRev !== undefined) {
          let data4 = data1.RegRev;
          if (!(data4 === 'Y' || data4 === 'N')) {
            const err23 = {
              instancePath: instancePath + '/TranDtls/RegRev',
              schemaPath: '#/properties/TranDtls/properties/RegRev/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.TranDtls.properties.RegRev.enum },
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data4 === 'string') {
            if (func3(data4) > 1) {
              const err24 = {
                instancePath: instancePath + '/TranDtls/RegRev',
                schemaPath: '#/properties/TranDtls/properties/RegRev/maxLength',
                keyword: 'maxLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (func3(data4) < 1) {
              const err25 = {
                instancePath: instancePath + '/TranDtls/RegRev',
                schemaPath: '#/properties/TranDtls/properties/RegRev/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern2.test(data4)) {
              const err26 = {
                instancePath: instancePath + '/TranDtls/RegRev',
                schemaPath: '#/properties/TranDtls/properties/RegRev/pattern',
                keyword: 'pattern',
                params: { pattern: '^([Y|N]{1})$' },
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/TranDtls/RegRev',
              schemaPath: '#/properties/TranDtls/properties/RegRev/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data1.EcmGstin !== undefined) {
          let data5 = data1.EcmGstin;
          if (typeof data5 === 'string') {
            if (func3(data5) > 15) {
              const err28 = {
                instancePath: instancePath + '/TranDtls/EcmGstin',
                schemaPath: '#/properties/TranDtls/properties/EcmGstin/maxLength',
                keyword: 'maxLength',
                params: { limit: 15 },
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (func3(data5) < 15) {
              const err29 = {
                instancePath: instancePath + '/TranDtls/EcmGstin',
                schemaPath: '#/properties/TranDtls/properties/EcmGstin/minLength',
                keyword: 'minLength',
                params: { limit: 15 },
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (!pattern3.test(data5)) {
              const err30 = {
                instancePath: instancePath + '/TranDtls/EcmGstin',
                schemaPath: '#/properties/TranDtls/properties/EcmGstin/pattern',
                keyword: 'pattern',
                params: { pattern: '^([0-9]{2}[0-9A-Z]{13})$' },
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/TranDtls/EcmGstin',
              schemaPath: '#/properties/TranDtls/properties/EcmGstin/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data1.IgstOnIntra !== undefined) {
          let data6 = data1.IgstOnIntra;
          if (!(data6 === 'Y' || data6 === 'N')) {
            const err32 = {
              instancePath: instancePath + '/TranDtls/IgstOnIntra',
              schemaPath: '#/properties/TranDtls/properties/IgstOnIntra/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.TranDtls.properties.IgstOnIntra.enum },
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data6 === 'string') {
            if (func3(data6) > 1) {
              const err33 = {
                instancePath: instancePath + '/TranDtls/IgstOnIntra',
                schemaPath: '#/properties/TranDtls/properties/IgstOnIntra/maxLength',
                keyword: 'maxLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (func3(data6) < 1) {
              const err34 = {
                instancePath: instancePath + '/TranDtls/IgstOnIntra',
                schemaPath: '#/properties/TranDtls/properties/IgstOnIntra/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (!pattern2.test(data6)) {
              const err35 = {
                instancePath: instancePath + '/TranDtls/IgstOnIntra',
                schemaPath: '#/properties/TranDtls/properties/IgstOnIntra/pattern',
                keyword: 'pattern',
                params: { pattern: '^([Y|N]{1})$' },
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = {
              instancePath: instancePath + '/TranDtls/IgstOnIntra',
              schemaPath: '#/properties/TranDtls/properties/IgstOnIntra/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = {
          instancePath: instancePath + '/TranDtls',
          schemaPath: '#/properties/TranDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.DocDtls !== undefined) {
      let data7 = data.DocDtls;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.Typ === undefined) {
          const err38 = {
            instancePath: instancePath + '/DocDtls',
            schemaPath: '#/properties/DocDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Typ' },
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data7.No === undefined) {
          const err39 = {
            instancePath: instancePath + '/DocDtls',
            schemaPath: '#/properties/DocDtls/required',
            keyword: 'required',
            params: { missingProperty: 'No' },
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data7.Dt === undefined) {
          const err40 = {
            instancePath: instancePath + '/DocDtls',
            schemaPath: '#/properties/DocDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Dt' },
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === 'Typ' || key2 === 'No' || key2 === 'Dt')) {
            const err41 = {
              instancePath: instancePath + '/DocDtls',
              schemaPath: '#/properties/DocDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data7.Typ !== undefined) {
          let data8 = data7.Typ;
          if (typeof data8 === 'string') {
            if (func3(data8) > 3) {
              const err42 = {
                instancePath: instancePath + '/DocDtls/Typ',
                schemaPath: '#/properties/DocDtls/properties/Typ/maxLength',
                keyword: 'maxLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (func3(data8) < 3) {
              const err43 = {
                instancePath: instancePath + '/DocDtls/Typ',
                schemaPath: '#/properties/DocDtls/properties/Typ/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern5.test(data8)) {
              const err44 = {
                instancePath: instancePath + '/DocDtls/Typ',
                schemaPath: '#/properties/DocDtls/properties/Typ/pattern',
                keyword: 'pattern',
                params: { pattern: '^(([Ii][Nn][Vv])|([Cc][Rr][Nn])|([Dd][Bb][Nn]))$' },
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = {
              instancePath: instancePath + '/DocDtls/Typ',
              schemaPath: '#/properties/DocDtls/properties/Typ/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data7.No !== undefined) {
          let data9 = data7.No;
          if (typeof data9 === 'string') {
            if (func3(data9) > 16) {
              const err46 = {
                instancePath: instancePath + '/DocDtls/No',
                schemaPath: '#/properties/DocDtls/properties/No/maxLength',
                keyword: 'maxLength',
                params: { limit: 16 },
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (func3(data9) < 1) {
              const err47 = {
                instancePath: instancePath + '/DocDtls/No',
                schemaPath: '#/properties/DocDtls/properties/No/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (!pattern6.test(data9)) {
              const err48 = {
                instancePath: instancePath + '/DocDtls/No',
                schemaPath: '#/properties/DocDtls/properties/No/pattern',
                keyword: 'pattern',
                params: { pattern: '^([a-zA-Z1-9]{1}[a-zA-Z0-9/-]{0,15})$' },
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = {
              instancePath: instancePath + '/DocDtls/No',
              schemaPath: '#/properties/DocDtls/properties/No/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data7.Dt !== undefined) {
          let data10 = data7.Dt;
          if (typeof data10 === 'string') {
            if (func3(data10) > 10) {
              const err50 = {
                instancePath: instancePath + '/DocDtls/Dt',
                schemaPath: '#/properties/DocDtls/properties/Dt/maxLength',
                keyword: 'maxLength',
                params: { limit: 10 },
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (func3(data10) < 10) {
              const err51 = {
                instancePath: instancePath + '/DocDtls/Dt',
                schemaPath: '#/properties/DocDtls/properties/Dt/minLength',
                keyword: 'minLength',
                params: { limit: 10 },
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (!pattern7.test(data10)) {
              const err52 = {
                instancePath: instancePath + '/DocDtls/Dt',
                schemaPath: '#/properties/DocDtls/properties/Dt/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = {
              instancePath: instancePath + '/DocDtls/Dt',
              schemaPath: '#/properties/DocDtls/properties/Dt/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = {
          instancePath: instancePath + '/DocDtls',
          schemaPath: '#/properties/DocDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.SellerDtls !== undefined) {
      let data11 = data.SellerDtls;
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        if (data11.Gstin === undefined) {
          const err55 = {
            instancePath: instancePath + '/SellerDtls',
            schemaPath: '#/properties/SellerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Gstin' },
          };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data11.LglNm === undefined) {
          const err56 = {
            instancePath: instancePath + '/SellerDtls',
            schemaPath: '#/properties/SellerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'LglNm' },
          };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data11.Addr1 === undefined) {
          const err57 = {
            instancePath: instancePath + '/SellerDtls',
            schemaPath: '#/properties/SellerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Addr1' },
          };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (data11.Loc === undefined) {
          const err58 = {
            instancePath: instancePath + '/SellerDtls',
            schemaPath: '#/properties/SellerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Loc' },
          };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (data11.Pin === undefined) {
          const err59 = {
            instancePath: instancePath + '/SellerDtls',
            schemaPath: '#/properties/SellerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Pin' },
          };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        if (data11.Stcd === undefined) {
          const err60 = {
            instancePath: instancePath + '/SellerDtls',
            schemaPath: '#/properties/SellerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Stcd' },
          };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        for (const key3 in data11) {
          if (!func2.call(schema11.properties.SellerDtls.properties, key3)) {
            const err61 = {
              instancePath: instancePath + '/SellerDtls',
              schemaPath: '#/properties/SellerDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data11.Gstin !== undefined) {
          let data12 = data11.Gstin;
          if (typeof data12 === 'string') {
            if (func3(data12) > 15) {
              const err62 = {
                instancePath: instancePath + '/SellerDtls/Gstin',
                schemaPath: '#/properties/SellerDtls/properties/Gstin/maxLength',
                keyword: 'maxLength',
                params: { limit: 15 },
              };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (func3(data12) < 15) {
              const err63 = {
                instancePath: instancePath + '/SellerDtls/Gstin',
                schemaPath: '#/properties/SellerDtls/properties/Gstin/minLength',
                keyword: 'minLength',
                params: { limit: 15 },
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (!pattern8.test(data12)) {
              const err64 = {
                instancePath: instancePath + '/SellerDtls/Gstin',
                schemaPath: '#/properties/SellerDtls/properties/Gstin/pattern',
                keyword: 'pattern',
                params: { pattern: '([0-9]{2}[0-9A-Z]{13})' },
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = {
              instancePath: instancePath + '/SellerDtls/Gstin',
              schemaPath: '#/properties/SellerDtls/properties/Gstin/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data11.LglNm !== undefined) {
          let data13 = data11.LglNm;
          if (typeof data13 === 'string') {
            if (func3(data13) > 100) {
              const err66 = {
                instancePath: instancePath + '/SellerDtls/LglNm',
                schemaPath: '#/properties/SellerDtls/properties/LglNm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (func3(data13) < 3) {
              const err67 = {
                instancePath: instancePath + '/SellerDtls/LglNm',
                schemaPath: '#/properties/SellerDtls/properties/LglNm/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (!pattern9.test(data13)) {
              const err68 = {
                instancePath: instancePath + '/SellerDtls/LglNm',
                schemaPath: '#/properties/SellerDtls/properties/LglNm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = {
              instancePath: instancePath + '/SellerDtls/LglNm',
              schemaPath: '#/properties/SellerDtls/properties/LglNm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data11.TrdNm !== undefined) {
          let data14 = data11.TrdNm;
          if (typeof data14 === 'string') {
            if (func3(data14) > 100) {
              const err70 = {
                instancePath: instancePath + '/SellerDtls/TrdNm',
                schemaPath: '#/properties/SellerDtls/properties/TrdNm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (func3(data14) < 3) {
              const err71 = {
                instancePath: instancePath + '/SellerDtls/TrdNm',
                schemaPath: '#/properties/SellerDtls/properties/TrdNm/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (!pattern9.test(data14)) {
              const err72 = {
                instancePath: instancePath + '/SellerDtls/TrdNm',
                schemaPath: '#/properties/SellerDtls/properties/TrdNm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          } else {
            const err73 = {
              instancePath: instancePath + '/SellerDtls/TrdNm',
              schemaPath: '#/properties/SellerDtls/properties/TrdNm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data11.Addr1 !== undefined) {
          let data15 = data11.Addr1;
          if (typeof data15 === 'string') {
            if (func3(data15) > 100) {
              const err74 = {
                instancePath: instancePath + '/SellerDtls/Addr1',
                schemaPath: '#/properties/SellerDtls/properties/Addr1/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (func3(data15) < 1) {
              const err75 = {
                instancePath: instancePath + '/SellerDtls/Addr1',
                schemaPath: '#/properties/SellerDtls/properties/Addr1/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (!pattern9.test(data15)) {
              const err76 = {
                instancePath: instancePath + '/SellerDtls/Addr1',
                schemaPath: '#/properties/SellerDtls/properties/Addr1/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = {
              instancePath: instancePath + '/SellerDtls/Addr1',
              schemaPath: '#/properties/SellerDtls/properties/Addr1/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data11.Addr2 !== undefined) {
          let data16 = data11.Addr2;
          if (typeof data16 === 'string') {
            if (func3(data16) > 100) {
              const err78 = {
                instancePath: instancePath + '/SellerDtls/Addr2',
                schemaPath: '#/properties/SellerDtls/properties/Addr2/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (func3(data16) < 3) {
              const err79 = {
                instancePath: instancePath + '/SellerDtls/Addr2',
                schemaPath: '#/properties/SellerDtls/properties/Addr2/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (!pattern9.test(data16)) {
              const err80 = {
                instancePath: instancePath + '/SellerDtls/Addr2',
                schemaPath: '#/properties/SellerDtls/properties/Addr2/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          } else {
            const err81 = {
              instancePath: instancePath + '/SellerDtls/Addr2',
              schemaPath: '#/properties/SellerDtls/properties/Addr2/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data11.Loc !== undefined) {
          let data17 = data11.Loc;
          if (typeof data17 === 'string') {
            if (func3(data17) > 50) {
              const err82 = {
                instancePath: instancePath + '/SellerDtls/Loc',
                schemaPath: '#/properties/SellerDtls/properties/Loc/maxLength',
                keyword: 'maxLength',
                params: { limit: 50 },
              };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (func3(data17) < 3) {
              const err83 = {
                instancePath: instancePath + '/SellerDtls/Loc',
                schemaPath: '#/properties/SellerDtls/properties/Loc/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            if (!pattern9.test(data17)) {
              const err84 = {
                instancePath: instancePath + '/SellerDtls/Loc',
                schemaPath: '#/properties/SellerDtls/properties/Loc/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = {
              instancePath: instancePath + '/SellerDtls/Loc',
              schemaPath: '#/properties/SellerDtls/properties/Loc/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data11.Pin !== undefined) {
          let data18 = data11.Pin;
          if (typeof data18 == 'number' && isFinite(data18)) {
            if (data18 > 999999 || isNaN(data18)) {
              const err86 = {
                instancePath: instancePath + '/SellerDtls/Pin',
                schemaPath: '#/properties/SellerDtls/properties/Pin/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 999999 },
              };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (data18 < 100000 || isNaN(data18)) {
              const err87 = {
                instancePath: instancePath + '/SellerDtls/Pin',
                schemaPath: '#/properties/SellerDtls/properties/Pin/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 100000 },
              };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          } else {
            const err88 = {
              instancePath: instancePath + '/SellerDtls/Pin',
              schemaPath: '#/properties/SellerDtls/properties/Pin/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data11.Stcd !== undefined) {
          let data19 = data11.Stcd;
          if (typeof data19 === 'string') {
            if (func3(data19) > 2) {
              const err89 = {
                instancePath: instancePath + '/SellerDtls/Stcd',
                schemaPath: '#/properties/SellerDtls/properties/Stcd/maxLength',
                keyword: 'maxLength',
                params: { limit: 2 },
              };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (func3(data19) < 1) {
              const err90 = {
                instancePath: instancePath + '/SellerDtls/Stcd',
                schemaPath: '#/properties/SellerDtls/properties/Stcd/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            if (!pattern14.test(data19)) {
              const err91 = {
                instancePath: instancePath + '/SellerDtls/Stcd',
                schemaPath: '#/properties/SellerDtls/properties/Stcd/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!0+$)([0-9]{1,2})$' },
              };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          } else {
            const err92 = {
              instancePath: instancePath + '/SellerDtls/Stcd',
              schemaPath: '#/properties/SellerDtls/properties/Stcd/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data11.Ph !== undefined) {
          let data20 = data11.Ph;
          if (typeof data20 === 'string') {
            if (func3(data20) > 12) {
              const err93 = {
                instancePath: instancePath + '/SellerDtls/Ph',
                schemaPath: '#/properties/SellerDtls/properties/Ph/maxLength',
                keyword: 'maxLength',
                params: { limit: 12 },
              };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            if (func3(data20) < 6) {
              const err94 = {
                instancePath: instancePath + '/SellerDtls/Ph',
                schemaPath: '#/properties/SellerDtls/properties/Ph/minLength',
                keyword: 'minLength',
                params: { limit: 6 },
              };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (!pattern15.test(data20)) {
              const err95 = {
                instancePath: instancePath + '/SellerDtls/Ph',
                schemaPath: '#/properties/SellerDtls/properties/Ph/pattern',
                keyword: 'pattern',
                params: { pattern: '^([0-9]{6,12})$' },
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          } else {
            const err96 = {
              instancePath: instancePath + '/SellerDtls/Ph',
              schemaPath: '#/properties/SellerDtls/properties/Ph/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data11.Em !== undefined) {
          let data21 = data11.Em;
          if (typeof data21 === 'string') {
            if (func3(data21) > 100) {
              const err97 = {
                instancePath: instancePath + '/SellerDtls/Em',
                schemaPath: '#/properties/SellerDtls/properties/Em/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            if (func3(data21) < 6) {
              const err98 = {
                instancePath: instancePath + '/SellerDtls/Em',
                schemaPath: '#/properties/SellerDtls/properties/Em/minLength',
                keyword: 'minLength',
                params: { limit: 6 },
              };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (!pattern16.test(data21)) {
              const err99 = {
                instancePath: instancePath + '/SellerDtls/Em',
                schemaPath: '#/properties/SellerDtls/properties/Em/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$' },
              };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = {
              instancePath: instancePath + '/SellerDtls/Em',
              schemaPath: '#/properties/SellerDtls/properties/Em/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = {
          instancePath: instancePath + '/SellerDtls',
          schemaPath: '#/properties/SellerDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.BuyerDtls !== undefined) {
      let data22 = data.BuyerDtls;
      if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
        if (data22.Gstin === undefined) {
          const err102 = {
            instancePath: instancePath + '/BuyerDtls',
            schemaPath: '#/properties/BuyerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Gstin' },
          };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        if (data22.LglNm === undefined) {
          const err103 = {
            instancePath: instancePath + '/BuyerDtls',
            schemaPath: '#/properties/BuyerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'LglNm' },
          };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        if (data22.Addr1 === undefined) {
          const err104 = {
            instancePath: instancePath + '/BuyerDtls',
            schemaPath: '#/properties/BuyerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Addr1' },
          };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
        if (data22.Loc === undefined) {
          const err105 = {
            instancePath: instancePath + '/BuyerDtls',
            schemaPath: '#/properties/BuyerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Loc' },
          };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        if (data22.Stcd === undefined) {
          const err106 = {
            instancePath: instancePath + '/BuyerDtls',
            schemaPath: '#/properties/BuyerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Stcd' },
          };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
        if (data22.Pos === undefined) {
          const err107 = {
            instancePath: instancePath + '/BuyerDtls',
            schemaPath: '#/properties/BuyerDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Pos' },
          };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
        for (const key4 in data22) {
          if (!func2.call(schema11.properties.BuyerDtls.properties, key4)) {
            const err108 = {
              instancePath: instancePath + '/BuyerDtls',
              schemaPath: '#/properties/BuyerDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
            };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data22.Gstin !== undefined) {
          let data23 = data22.Gstin;
          if (typeof data23 === 'string') {
            if (func3(data23) > 15) {
              const err109 = {
                instancePath: instancePath + '/BuyerDtls/Gstin',
                schemaPath: '#/properties/BuyerDtls/properties/Gstin/maxLength',
                keyword: 'maxLength',
                params: { limit: 15 },
              };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            if (func3(data23) < 3) {
              const err110 = {
                instancePath: instancePath + '/BuyerDtls/Gstin',
                schemaPath: '#/properties/BuyerDtls/properties/Gstin/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (!pattern17.test(data23)) {
              const err111 = {
                instancePath: instancePath + '/BuyerDtls/Gstin',
                schemaPath: '#/properties/BuyerDtls/properties/Gstin/pattern',
                keyword: 'pattern',
                params: { pattern: '^(([0-9]{2}[0-9A-Z]{13})|URP)$' },
              };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          } else {
            const err112 = {
              instancePath: instancePath + '/BuyerDtls/Gstin',
              schemaPath: '#/properties/BuyerDtls/properties/Gstin/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data22.LglNm !== undefined) {
          let data24 = data22.LglNm;
          if (typeof data24 === 'string') {
            if (func3(data24) > 100) {
              const err113 = {
                instancePath: instancePath + '/BuyerDtls/LglNm',
                schemaPath: '#/properties/BuyerDtls/properties/LglNm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
            if (func3(data24) < 3) {
              const err114 = {
                instancePath: instancePath + '/BuyerDtls/LglNm',
                schemaPath: '#/properties/BuyerDtls/properties/LglNm/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
            if (!pattern9.test(data24)) {
              const err115 = {
                instancePath: instancePath + '/BuyerDtls/LglNm',
                schemaPath: '#/properties/BuyerDtls/properties/LglNm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
          } else {
            const err116 = {
              instancePath: instancePath + '/BuyerDtls/LglNm',
              schemaPath: '#/properties/BuyerDtls/properties/LglNm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data22.TrdNm !== undefined) {
          let data25 = data22.TrdNm;
          if (typeof data25 === 'string') {
            if (func3(data25) > 100) {
              const err117 = {
                instancePath: instancePath + '/BuyerDtls/TrdNm',
                schemaPath: '#/properties/BuyerDtls/properties/TrdNm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            if (func3(data25) < 3) {
              const err118 = {
                instancePath: instancePath + '/BuyerDtls/TrdNm',
                schemaPath: '#/properties/BuyerDtls/properties/TrdNm/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            if (!pattern9.test(data25)) {
              const err119 = {
                instancePath: instancePath + '/BuyerDtls/TrdNm',
                schemaPath: '#/properties/BuyerDtls/properties/TrdNm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
          } else {
            const err120 = {
              instancePath: instancePath + '/BuyerDtls/TrdNm',
              schemaPath: '#/properties/BuyerDtls/properties/TrdNm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        if (data22.Addr1 !== undefined) {
          let data26 = data22.Addr1;
          if (typeof data26 === 'string') {
            if (func3(data26) > 100) {
              const err121 = {
                instancePath: instancePath + '/BuyerDtls/Addr1',
                schemaPath: '#/properties/BuyerDtls/properties/Addr1/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
            if (func3(data26) < 1) {
              const err122 = {
                instancePath: instancePath + '/BuyerDtls/Addr1',
                schemaPath: '#/properties/BuyerDtls/properties/Addr1/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
            if (!pattern9.test(data26)) {
              const err123 = {
                instancePath: instancePath + '/BuyerDtls/Addr1',
                schemaPath: '#/properties/BuyerDtls/properties/Addr1/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          } else {
            const err124 = {
              instancePath: instancePath + '/BuyerDtls/Addr1',
              schemaPath: '#/properties/BuyerDtls/properties/Addr1/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data22.Addr2 !== undefined) {
          let data27 = data22.Addr2;
          if (typeof data27 === 'string') {
            if (func3(data27) > 100) {
              const err125 = {
                instancePath: instancePath + '/BuyerDtls/Addr2',
                schemaPath: '#/properties/BuyerDtls/properties/Addr2/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (func3(data27) < 3) {
              const err126 = {
                instancePath: instancePath + '/BuyerDtls/Addr2',
                schemaPath: '#/properties/BuyerDtls/properties/Addr2/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (!pattern9.test(data27)) {
              const err127 = {
                instancePath: instancePath + '/BuyerDtls/Addr2',
                schemaPath: '#/properties/BuyerDtls/properties/Addr2/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          } else {
            const err128 = {
              instancePath: instancePath + '/BuyerDtls/Addr2',
              schemaPath: '#/properties/BuyerDtls/properties/Addr2/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data22.Loc !== undefined) {
          let data28 = data22.Loc;
          if (typeof data28 === 'string') {
            if (func3(data28) > 100) {
              const err129 = {
                instancePath: instancePath + '/BuyerDtls/Loc',
                schemaPath: '#/properties/BuyerDtls/properties/Loc/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (func3(data28) < 3) {
              const err130 = {
                instancePath: instancePath + '/BuyerDtls/Loc',
                schemaPath: '#/properties/BuyerDtls/properties/Loc/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
            if (!pattern9.test(data28)) {
              const err131 = {
                instancePath: instancePath + '/BuyerDtls/Loc',
                schemaPath: '#/properties/BuyerDtls/properties/Loc/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          } else {
            const err132 = {
              instancePath: instancePath + '/BuyerDtls/Loc',
              schemaPath: '#/properties/BuyerDtls/properties/Loc/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
        if (data22.Pin !== undefined) {
          let data29 = data22.Pin;
          if (typeof data29 == 'number' && isFinite(data29)) {
            if (data29 > 999999 || isNaN(data29)) {
              const err133 = {
                instancePath: instancePath + '/BuyerDtls/Pin',
                schemaPath: '#/properties/BuyerDtls/properties/Pin/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 999999 },
              };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (data29 < 100000 || isNaN(data29)) {
              const err134 = {
                instancePath: instancePath + '/BuyerDtls/Pin',
                schemaPath: '#/properties/BuyerDtls/properties/Pin/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 100000 },
              };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
          } else {
            const err135 = {
              instancePath: instancePath + '/BuyerDtls/Pin',
              schemaPath: '#/properties/BuyerDtls/properties/Pin/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
        if (data22.Stcd !== undefined) {
          let data30 = data22.Stcd;
          if (typeof data30 === 'string') {
            if (func3(data30) > 2) {
              const err136 = {
                instancePath: instancePath + '/BuyerDtls/Stcd',
                schemaPath: '#/properties/BuyerDtls/properties/Stcd/maxLength',
                keyword: 'maxLength',
                params: { limit: 2 },
              };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            if (func3(data30) < 1) {
              const err137 = {
                instancePath: instancePath + '/BuyerDtls/Stcd',
                schemaPath: '#/properties/BuyerDtls/properties/Stcd/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            if (!pattern14.test(data30)) {
              const err138 = {
                instancePath: instancePath + '/BuyerDtls/Stcd',
                schemaPath: '#/properties/BuyerDtls/properties/Stcd/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!0+$)([0-9]{1,2})$' },
              };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
          } else {
            const err139 = {
              instancePath: instancePath + '/BuyerDtls/Stcd',
              schemaPath: '#/properties/BuyerDtls/properties/Stcd/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data22.Ph !== undefined) {
          let data31 = data22.Ph;
          if (typeof data31 === 'string') {
            if (func3(data31) > 12) {
              const err140 = {
                instancePath: instancePath + '/BuyerDtls/Ph',
                schemaPath: '#/properties/BuyerDtls/properties/Ph/maxLength',
                keyword: 'maxLength',
                params: { limit: 12 },
              };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
            if (func3(data31) < 6) {
              const err141 = {
                instancePath: instancePath + '/BuyerDtls/Ph',
                schemaPath: '#/properties/BuyerDtls/properties/Ph/minLength',
                keyword: 'minLength',
                params: { limit: 6 },
              };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
            if (!pattern15.test(data31)) {
              const err142 = {
                instancePath: instancePath + '/BuyerDtls/Ph',
                schemaPath: '#/properties/BuyerDtls/properties/Ph/pattern',
                keyword: 'pattern',
                params: { pattern: '^([0-9]{6,12})$' },
              };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          } else {
            const err143 = {
              instancePath: instancePath + '/BuyerDtls/Ph',
              schemaPath: '#/properties/BuyerDtls/properties/Ph/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data22.Em !== undefined) {
          let data32 = data22.Em;
          if (typeof data32 === 'string') {
            if (func3(data32) > 100) {
              const err144 = {
                instancePath: instancePath + '/BuyerDtls/Em',
                schemaPath: '#/properties/BuyerDtls/properties/Em/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
            if (func3(data32) < 6) {
              const err145 = {
                instancePath: instancePath + '/BuyerDtls/Em',
                schemaPath: '#/properties/BuyerDtls/properties/Em/minLength',
                keyword: 'minLength',
                params: { limit: 6 },
              };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
            if (!pattern16.test(data32)) {
              const err146 = {
                instancePath: instancePath + '/BuyerDtls/Em',
                schemaPath: '#/properties/BuyerDtls/properties/Em/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$' },
              };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
          } else {
            const err147 = {
              instancePath: instancePath + '/BuyerDtls/Em',
              schemaPath: '#/properties/BuyerDtls/properties/Em/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        if (data22.Pos !== undefined) {
          let data33 = data22.Pos;
          if (typeof data33 === 'string') {
            if (func3(data33) > 2) {
              const err148 = {
                instancePath: instancePath + '/BuyerDtls/Pos',
                schemaPath: '#/properties/BuyerDtls/properties/Pos/maxLength',
                keyword: 'maxLength',
                params: { limit: 2 },
              };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
            if (func3(data33) < 1) {
              const err149 = {
                instancePath: instancePath + '/BuyerDtls/Pos',
                schemaPath: '#/properties/BuyerDtls/properties/Pos/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            if (!pattern14.test(data33)) {
              const err150 = {
                instancePath: instancePath + '/BuyerDtls/Pos',
                schemaPath: '#/properties/BuyerDtls/properties/Pos/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!0+$)([0-9]{1,2})$' },
              };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
          } else {
            const err151 = {
              instancePath: instancePath + '/BuyerDtls/Pos',
              schemaPath: '#/properties/BuyerDtls/properties/Pos/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
      } else {
        const err152 = {
          instancePath: instancePath + '/BuyerDtls',
          schemaPath: '#/properties/BuyerDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
    }
    if (data.DispDtls !== undefined) {
      let data34 = data.DispDtls;
      if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
        if (data34.Nm === undefined) {
          const err153 = {
            instancePath: instancePath + '/DispDtls',
            schemaPath: '#/properties/DispDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Nm' },
          };
          if (vErrors === null) {
            vErrors = [err153];
          } else {
            vErrors.push(err153);
          }
          errors++;
        }
        if (data34.Addr1 === undefined) {
          const err154 = {
            instancePath: instancePath + '/DispDtls',
            schemaPath: '#/properties/DispDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Addr1' },
          };
          if (vErrors === null) {
            vErrors = [err154];
          } else {
            vErrors.push(err154);
          }
          errors++;
        }
        if (data34.Loc === undefined) {
          const err155 = {
            instancePath: instancePath + '/DispDtls',
            schemaPath: '#/properties/DispDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Loc' },
          };
          if (vErrors === null) {
            vErrors = [err155];
          } else {
            vErrors.push(err155);
          }
          errors++;
        }
        if (data34.Pin === undefined) {
          const err156 = {
            instancePath: instancePath + '/DispDtls',
            schemaPath: '#/properties/DispDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Pin' },
          };
          if (vErrors === null) {
            vErrors = [err156];
          } else {
            vErrors.push(err156);
          }
          errors++;
        }
        if (data34.Stcd === undefined) {
          const err157 = {
            instancePath: instancePath + '/DispDtls',
            schemaPath: '#/properties/DispDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Stcd' },
          };
          if (vErrors === null) {
            vErrors = [err157];
          } else {
            vErrors.push(err157);
          }
          errors++;
        }
        for (const key5 in data34) {
          if (!(
            key5 === 'Nm' ||
            key5 === 'Addr1' ||
            key5 === 'Addr2' ||
            key5 === 'Loc' ||
            key5 === 'Pin' ||
            key5 === 'Stcd'
          )) {
            const err158 = {
              instancePath: instancePath + '/DispDtls',
              schemaPath: '#/properties/DispDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
            };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
        if (data34.Nm !== undefined) {
          let data35 = data34.Nm;
          if (typeof data35 === 'string') {
            if (func3(data35) > 100) {
              const err159 = {
                instancePath: instancePath + '/DispDtls/Nm',
                schemaPath: '#/properties/DispDtls/properties/Nm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            if (func3(data35) < 3) {
              const err160 = {
                instancePath: instancePath + '/DispDtls/Nm',
                schemaPath: '#/properties/DispDtls/properties/Nm/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            if (!pattern9.test(data35)) {
              const err161 = {
                instancePath: instancePath + '/DispDtls/Nm',
                schemaPath: '#/properties/DispDtls/properties/Nm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
          } else {
            const err162 = {
              instancePath: instancePath + '/DispDtls/Nm',
              schemaPath: '#/properties/DispDtls/properties/Nm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        if (data34.Addr1 !== undefined) {
          let data36 = data34.Addr1;
          if (typeof data36 === 'string') {
            if (func3(data36) > 100) {
              const err163 = {
                instancePath: instancePath + '/DispDtls/Addr1',
                schemaPath: '#/properties/DispDtls/properties/Addr1/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
            if (func3(data36) < 1) {
              const err164 = {
                instancePath: instancePath + '/DispDtls/Addr1',
                schemaPath: '#/properties/DispDtls/properties/Addr1/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            if (!pattern9.test(data36)) {
              const err165 = {
                instancePath: instancePath + '/DispDtls/Addr1',
                schemaPath: '#/properties/DispDtls/properties/Addr1/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
          } else {
            const err166 = {
              instancePath: instancePath + '/DispDtls/Addr1',
              schemaPath: '#/properties/DispDtls/properties/Addr1/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
        }
        if (data34.Addr2 !== undefined) {
          let data37 = data34.Addr2;
          if (typeof data37 === 'string') {
            if (func3(data37) > 100) {
              const err167 = {
                instancePath: instancePath + '/DispDtls/Addr2',
                schemaPath: '#/properties/DispDtls/properties/Addr2/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
            if (func3(data37) < 3) {
              const err168 = {
                instancePath: instancePath + '/DispDtls/Addr2',
                schemaPath: '#/properties/DispDtls/properties/Addr2/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            if (!pattern9.test(data37)) {
              const err169 = {
                instancePath: instancePath + '/DispDtls/Addr2',
                schemaPath: '#/properties/DispDtls/properties/Addr2/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          } else {
            const err170 = {
              instancePath: instancePath + '/DispDtls/Addr2',
              schemaPath: '#/properties/DispDtls/properties/Addr2/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
        if (data34.Loc !== undefined) {
          let data38 = data34.Loc;
          if (typeof data38 === 'string') {
            if (func3(data38) > 100) {
              const err171 = {
                instancePath: instancePath + '/DispDtls/Loc',
                schemaPath: '#/properties/DispDtls/properties/Loc/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
            if (func3(data38) < 3) {
              const err172 = {
                instancePath: instancePath + '/DispDtls/Loc',
                schemaPath: '#/properties/DispDtls/properties/Loc/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
            if (!pattern9.test(data38)) {
              const err173 = {
                instancePath: instancePath + '/DispDtls/Loc',
                schemaPath: '#/properties/DispDtls/properties/Loc/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err173];
              } else {
                vErrors.push(err173);
              }
              errors++;
            }
          } else {
            const err174 = {
              instancePath: instancePath + '/DispDtls/Loc',
              schemaPath: '#/properties/DispDtls/properties/Loc/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          }
        }
        if (data34.Pin !== undefined) {
          let data39 = data34.Pin;
          if (typeof data39 == 'number' && isFinite(data39)) {
            if (data39 > 999999 || isNaN(data39)) {
              const err175 = {
                instancePath: instancePath + '/DispDtls/Pin',
                schemaPath: '#/properties/DispDtls/properties/Pin/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 999999 },
              };
              if (vErrors === null) {
                vErrors = [err175];
              } else {
                vErrors.push(err175);
              }
              errors++;
            }
            if (data39 < 100000 || isNaN(data39)) {
              const err176 = {
                instancePath: instancePath + '/DispDtls/Pin',
                schemaPath: '#/properties/DispDtls/properties/Pin/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 100000 },
              };
              if (vErrors === null) {
                vErrors = [err176];
              } else {
                vErrors.push(err176);
              }
              errors++;
            }
          } else {
            const err177 = {
              instancePath: instancePath + '/DispDtls/Pin',
              schemaPath: '#/properties/DispDtls/properties/Pin/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          }
        }
        if (data34.Stcd !== undefined) {
          let data40 = data34.Stcd;
          if (typeof data40 === 'string') {
            if (func3(data40) > 2) {
              const err178 = {
                instancePath: instancePath + '/DispDtls/Stcd',
                schemaPath: '#/properties/DispDtls/properties/Stcd/maxLength',
                keyword: 'maxLength',
                params: { limit: 2 },
              };
              if (vErrors === null) {
                vErrors = [err178];
              } else {
                vErrors.push(err178);
              }
              errors++;
            }
            if (func3(data40) < 1) {
              const err179 = {
                instancePath: instancePath + '/DispDtls/Stcd',
                schemaPath: '#/properties/DispDtls/properties/Stcd/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err179];
              } else {
                vErrors.push(err179);
              }
              errors++;
            }
            if (!pattern14.test(data40)) {
              const err180 = {
                instancePath: instancePath + '/DispDtls/Stcd',
                schemaPath: '#/properties/DispDtls/properties/Stcd/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!0+$)([0-9]{1,2})$' },
              };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
          } else {
            const err181 = {
              instancePath: instancePath + '/DispDtls/Stcd',
              schemaPath: '#/properties/DispDtls/properties/Stcd/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
        }
      } else {
        const err182 = {
          instancePath: instancePath + '/DispDtls',
          schemaPath: '#/properties/DispDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err182];
        } else {
          vErrors.push(err182);
        }
        errors++;
      }
    }
    if (data.ShipDtls !== undefined) {
      let data41 = data.ShipDtls;
      if (data41 && typeof data41 == 'object' && !Array.isArray(data41)) {
        if (data41.LglNm === undefined) {
          const err183 = {
            instancePath: instancePath + '/ShipDtls',
            schemaPath: '#/properties/ShipDtls/required',
            keyword: 'required',
            params: { missingProperty: 'LglNm' },
          };
          if (vErrors === null) {
            vErrors = [err183];
          } else {
            vErrors.push(err183);
          }
          errors++;
        }
        if (data41.Addr1 === undefined) {
          const err184 = {
            instancePath: instancePath + '/ShipDtls',
            schemaPath: '#/properties/ShipDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Addr1' },
          };
          if (vErrors === null) {
            vErrors = [err184];
          } else {
            vErrors.push(err184);
          }
          errors++;
        }
        if (data41.Loc === undefined) {
          const err185 = {
            instancePath: instancePath + '/ShipDtls',
            schemaPath: '#/properties/ShipDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Loc' },
          };
          if (vErrors === null) {
            vErrors = [err185];
          } else {
            vErrors.push(err185);
          }
          errors++;
        }
        if (data41.Pin === undefined) {
          const err186 = {
            instancePath: instancePath + '/ShipDtls',
            schemaPath: '#/properties/ShipDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Pin' },
          };
          if (vErrors === null) {
            vErrors = [err186];
          } else {
            vErrors.push(err186);
          }
          errors++;
        }
        if (data41.Stcd === undefined) {
          const err187 = {
            instancePath: instancePath + '/ShipDtls',
            schemaPath: '#/properties/ShipDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Stcd' },
          };
          if (vErrors === null) {
            vErrors = [err187];
          } else {
            vErrors.push(err187);
          }
          errors++;
        }
        for (const key6 in data41) {
          if (!(
            key6 === 'Gstin' ||
            key6 === 'LglNm' ||
            key6 === 'TrdNm' ||
            key6 === 'Addr1' ||
            key6 === 'Addr2' ||
            key6 === 'Loc' ||
            key6 === 'Pin' ||
            key6 === 'Stcd'
          )) {
            const err188 = {
              instancePath: instancePath + '/ShipDtls',
              schemaPath: '#/properties/ShipDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
            };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data41.Gstin !== undefined) {
          let data42 = data41.Gstin;
          if (typeof data42 === 'string') {
            if (func3(data42) > 15) {
              const err189 = {
                instancePath: instancePath + '/ShipDtls/Gstin',
                schemaPath: '#/properties/ShipDtls/properties/Gstin/maxLength',
                keyword: 'maxLength',
                params: { limit: 15 },
              };
              if (vErrors === null) {
                vErrors = [err189];
              } else {
                vErrors.push(err189);
              }
              errors++;
            }
            if (func3(data42) < 3) {
              const err190 = {
                instancePath: instancePath + '/ShipDtls/Gstin',
                schemaPath: '#/properties/ShipDtls/properties/Gstin/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err190];
              } else {
                vErrors.push(err190);
              }
              errors++;
            }
            if (!pattern17.test(data42)) {
              const err191 = {
                instancePath: instancePath + '/ShipDtls/Gstin',
                schemaPath: '#/properties/ShipDtls/properties/Gstin/pattern',
                keyword: 'pattern',
                params: { pattern: '^(([0-9]{2}[0-9A-Z]{13})|URP)$' },
              };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
          } else {
            const err192 = {
              instancePath: instancePath + '/ShipDtls/Gstin',
              schemaPath: '#/properties/ShipDtls/properties/Gstin/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err192];
            } else {
              vErrors.push(err192);
            }
            errors++;
          }
        }
        if (data41.LglNm !== undefined) {
          let data43 = data41.LglNm;
          if (typeof data43 === 'string') {
            if (func3(data43) > 100) {
              const err193 = {
                instancePath: instancePath + '/ShipDtls/LglNm',
                schemaPath: '#/properties/ShipDtls/properties/LglNm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
            }
            if (func3(data43) < 3) {
              const err194 = {
                instancePath: instancePath + '/ShipDtls/LglNm',
                schemaPath: '#/properties/ShipDtls/properties/LglNm/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err194];
              } else {
                vErrors.push(err194);
              }
              errors++;
            }
            if (!pattern9.test(data43)) {
              const err195 = {
                instancePath: instancePath + '/ShipDtls/LglNm',
                schemaPath: '#/properties/ShipDtls/properties/LglNm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err195];
              } else {
                vErrors.push(err195);
              }
              errors++;
            }
          } else {
            const err196 = {
              instancePath: instancePath + '/ShipDtls/LglNm',
              schemaPath: '#/properties/ShipDtls/properties/LglNm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
        if (data41.TrdNm !== undefined) {
          let data44 = data41.TrdNm;
          if (typeof data44 === 'string') {
            if (func3(data44) > 100) {
              const err197 = {
                instancePath: instancePath + '/ShipDtls/TrdNm',
                schemaPath: '#/properties/ShipDtls/properties/TrdNm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err197];
              } else {
                vErrors.push(err197);
              }
              errors++;
            }
            if (func3(data44) < 3) {
              const err198 = {
                instancePath: instancePath + '/ShipDtls/TrdNm',
                schemaPath: '#/properties/ShipDtls/properties/TrdNm/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err198];
              } else {
                vErrors.push(err198);
              }
              errors++;
            }
            if (!pattern9.test(data44)) {
              const err199 = {
                instancePath: instancePath + '/ShipDtls/TrdNm',
                schemaPath: '#/properties/ShipDtls/properties/TrdNm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err199];
              } else {
                vErrors.push(err199);
              }
              errors++;
            }
          } else {
            const err200 = {
              instancePath: instancePath + '/ShipDtls/TrdNm',
              schemaPath: '#/properties/ShipDtls/properties/TrdNm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          }
        }
        if (data41.Addr1 !== undefined) {
          let data45 = data41.Addr1;
          if (typeof data45 === 'string') {
            if (func3(data45) > 100) {
              const err201 = {
                instancePath: instancePath + '/ShipDtls/Addr1',
                schemaPath: '#/properties/ShipDtls/properties/Addr1/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err201];
              } else {
                vErrors.push(err201);
              }
              errors++;
            }
            if (func3(data45) < 1) {
              const err202 = {
                instancePath: instancePath + '/ShipDtls/Addr1',
                schemaPath: '#/properties/ShipDtls/properties/Addr1/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err202];
              } else {
                vErrors.push(err202);
              }
              errors++;
            }
            if (!pattern9.test(data45)) {
              const err203 = {
                instancePath: instancePath + '/ShipDtls/Addr1',
                schemaPath: '#/properties/ShipDtls/properties/Addr1/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err203];
              } else {
                vErrors.push(err203);
              }
              errors++;
            }
          } else {
            const err204 = {
              instancePath: instancePath + '/ShipDtls/Addr1',
              schemaPath: '#/properties/ShipDtls/properties/Addr1/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err204];
            } else {
              vErrors.push(err204);
            }
            errors++;
          }
        }
        if (data41.Addr2 !== undefined) {
          let data46 = data41.Addr2;
          if (typeof data46 === 'string') {
            if (func3(data46) > 100) {
              const err205 = {
                instancePath: instancePath + '/ShipDtls/Addr2',
                schemaPath: '#/properties/ShipDtls/properties/Addr2/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
            if (func3(data46) < 3) {
              const err206 = {
                instancePath: instancePath + '/ShipDtls/Addr2',
                schemaPath: '#/properties/ShipDtls/properties/Addr2/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
            if (!pattern9.test(data46)) {
              const err207 = {
                instancePath: instancePath + '/ShipDtls/Addr2',
                schemaPath: '#/properties/ShipDtls/properties/Addr2/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err207];
              } else {
                vErrors.push(err207);
              }
              errors++;
            }
          } else {
            const err208 = {
              instancePath: instancePath + '/ShipDtls/Addr2',
              schemaPath: '#/properties/ShipDtls/properties/Addr2/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
        }
        if (data41.Loc !== undefined) {
          let data47 = data41.Loc;
          if (typeof data47 === 'string') {
            if (func3(data47) > 100) {
              const err209 = {
                instancePath: instancePath + '/ShipDtls/Loc',
                schemaPath: '#/properties/ShipDtls/properties/Loc/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err209];
              } else {
                vErrors.push(err209);
              }
              errors++;
            }
            if (func3(data47) < 3) {
              const err210 = {
                instancePath: instancePath + '/ShipDtls/Loc',
                schemaPath: '#/properties/ShipDtls/properties/Loc/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
            if (!pattern9.test(data47)) {
              const err211 = {
                instancePath: instancePath + '/ShipDtls/Loc',
                schemaPath: '#/properties/ShipDtls/properties/Loc/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err211];
              } else {
                vErrors.push(err211);
              }
              errors++;
            }
          } else {
            const err212 = {
              instancePath: instancePath + '/ShipDtls/Loc',
              schemaPath: '#/properties/ShipDtls/properties/Loc/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
        }
        if (data41.Pin !== undefined) {
          let data48 = data41.Pin;
          if (typeof data48 == 'number' && isFinite(data48)) {
            if (data48 > 999999 || isNaN(data48)) {
              const err213 = {
                instancePath: instancePath + '/ShipDtls/Pin',
                schemaPath: '#/properties/ShipDtls/properties/Pin/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 999999 },
              };
              if (vErrors === null) {
                vErrors = [err213];
              } else {
                vErrors.push(err213);
              }
              errors++;
            }
            if (data48 < 100000 || isNaN(data48)) {
              const err214 = {
                instancePath: instancePath + '/ShipDtls/Pin',
                schemaPath: '#/properties/ShipDtls/properties/Pin/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 100000 },
              };
              if (vErrors === null) {
                vErrors = [err214];
              } else {
                vErrors.push(err214);
              }
              errors++;
            }
          } else {
            const err215 = {
              instancePath: instancePath + '/ShipDtls/Pin',
              schemaPath: '#/properties/ShipDtls/properties/Pin/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err215];
            } else {
              vErrors.push(err215);
            }
            errors++;
          }
        }
        if (data41.Stcd !== undefined) {
          let data49 = data41.Stcd;
          if (typeof data49 === 'string') {
            if (func3(data49) > 2) {
              const err216 = {
                instancePath: instancePath + '/ShipDtls/Stcd',
                schemaPath: '#/properties/ShipDtls/properties/Stcd/maxLength',
                keyword: 'maxLength',
                params: { limit: 2 },
              };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
            if (func3(data49) < 1) {
              const err217 = {
                instancePath: instancePath + '/ShipDtls/Stcd',
                schemaPath: '#/properties/ShipDtls/properties/Stcd/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err217];
              } else {
                vErrors.push(err217);
              }
              errors++;
            }
            if (!pattern14.test(data49)) {
              const err218 = {
                instancePath: instancePath + '/ShipDtls/Stcd',
                schemaPath: '#/properties/ShipDtls/properties/Stcd/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!0+$)([0-9]{1,2})$' },
              };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
          } else {
            const err219 = {
              instancePath: instancePath + '/ShipDtls/Stcd',
              schemaPath: '#/properties/ShipDtls/properties/Stcd/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
      } else {
        const err220 = {
          instancePath: instancePath + '/ShipDtls',
          schemaPath: '#/properties/ShipDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
    }
    if (data.ItemList !== undefined) {
      let data50 = data.ItemList;
      if (Array.isArray(data50)) {
        if (data50.length > 1000) {
          const err221 = {
            instancePath: instancePath + '/ItemList',
            schemaPath: '#/properties/ItemList/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
          };
          if (vErrors === null) {
            vErrors = [err221];
          } else {
            vErrors.push(err221);
          }
          errors++;
        }
        if (data50.length < 1) {
          const err222 = {
            instancePath: instancePath + '/ItemList',
            schemaPath: '#/properties/ItemList/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err222];
          } else {
            vErrors.push(err222);
          }
          errors++;
        }
        const len0 = data50.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data51 = data50[i0];
          if (data51 && typeof data51 == 'object' && !Array.isArray(data51)) {
            if (data51.SlNo === undefined) {
              const err223 = {
                instancePath: instancePath + '/ItemList/' + i0,
                schemaPath: '#/properties/ItemList/items/required',
                keyword: 'required',
                params: { missingProperty: 'SlNo' },
              };
              if (vErrors === null) {
                vErrors = [err223];
              } else {
                vErrors.push(err223);
              }
              errors++;
            }
            if (data51.IsServc === undefined) {
              const err224 = {
                instancePath: instancePath + '/ItemList/' + i0,
                schemaPath: '#/properties/ItemList/items/required',
                keyword: 'required',
                params: { missingProperty: 'IsServc' },
              };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
            }
            if (data51.HsnCd === undefined) {
              const err225 = {
                instancePath: instancePath + '/ItemList/' + i0,
                schemaPath: '#/properties/ItemList/items/required',
                keyword: 'required',
                params: { missingProperty: 'HsnCd' },
              };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
            if (data51.UnitPrice === undefined) {
              const err226 = {
                instancePath: instancePath + '/ItemList/' + i0,
                schemaPath: '#/properties/ItemList/items/required',
                keyword: 'required',
                params: { missingProperty: 'UnitPrice' },
              };
              if (vErrors === null) {
                vErrors = [err226];
              } else {
                vErrors.push(err226);
              }
              errors++;
            }
            if (data51.TotAmt === undefined) {
              const err227 = {
                instancePath: instancePath + '/ItemList/' + i0,
                schemaPath: '#/properties/ItemList/items/required',
                keyword: 'required',
                params: { missingProperty: 'TotAmt' },
              };
              if (vErrors === null) {
                vErrors = [err227];
              } else {
                vErrors.push(err227);
              }
              errors++;
            }
            if (data51.AssAmt === undefined) {
              const err228 = {
                instancePath: instancePath + '/ItemList/' + i0,
                schemaPath: '#/properties/ItemList/items/required',
                keyword: 'required',
                params: { missingProperty: 'AssAmt' },
              };
              if (vErrors === null) {
                vErrors = [err228];
              } else {
                vErrors.push(err228);
              }
              errors++;
            }
            if (data51.GstRt === undefined) {
              const err229 = {
                instancePath: instancePath + '/ItemList/' + i0,
                schemaPath: '#/properties/ItemList/items/required',
                keyword: 'required',
                params: { missingProperty: 'GstRt' },
              };
              if (vErrors === null) {
                vErrors = [err229];
              } else {
                vErrors.push(err229);
              }
              errors++;
            }
            if (data51.TotItemVal === undefined) {
              const err230 = {
                instancePath: instancePath + '/ItemList/' + i0,
                schemaPath: '#/properties/ItemList/items/required',
                keyword: 'required',
                params: { missingProperty: 'TotItemVal' },
              };
              if (vErrors === null) {
                vErrors = [err230];
              } else {
                vErrors.push(err230);
              }
              errors++;
            }
            for (const key7 in data51) {
              if (!func2.call(schema11.properties.ItemList.items.properties, key7)) {
                const err231 = {
                  instancePath: instancePath + '/ItemList/' + i0,
                  schemaPath: '#/properties/ItemList/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
            }
            if (data51.SlNo !== undefined) {
              let data52 = data51.SlNo;
              if (typeof data52 === 'string') {
                if (func3(data52) > 6) {
                  const err232 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/SlNo',
                    schemaPath: '#/properties/ItemList/items/properties/SlNo/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 6 },
                  };
                  if (vErrors === null) {
                    vErrors = [err232];
                  } else {
                    vErrors.push(err232);
                  }
                  errors++;
                }
                if (func3(data52) < 1) {
                  const err233 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/SlNo',
                    schemaPath: '#/properties/ItemList/items/properties/SlNo/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                  };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
                if (!pattern39.test(data52)) {
                  const err234 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/SlNo',
                    schemaPath: '#/properties/ItemList/items/properties/SlNo/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([0-9]{1,6})$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
              } else {
                const err235 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/SlNo',
                  schemaPath: '#/properties/ItemList/items/properties/SlNo/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
            }
            if (data51.PrdDesc !== undefined) {
              let data53 = data51.PrdDesc;
              if (typeof data53 === 'string') {
                if (func3(data53) > 300) {
                  const err236 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/PrdDesc',
                    schemaPath: '#/properties/ItemList/items/properties/PrdDesc/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 300 },
                  };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
                if (func3(data53) < 3) {
                  const err237 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/PrdDesc',
                    schemaPath: '#/properties/ItemList/items/properties/PrdDesc/minLength',
                    keyword: 'minLength',
                    params: { limit: 3 },
                  };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
                if (!pattern9.test(data53)) {
                  const err238 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/PrdDesc',
                    schemaPath: '#/properties/ItemList/items/properties/PrdDesc/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([^"])*$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors++;
                }
              } else {
                const err239 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/PrdDesc',
                  schemaPath: '#/properties/ItemList/items/properties/PrdDesc/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err239];
                } else {
                  vErrors.push(err239);
                }
                errors++;
              }
            }
            if (data51.IsServc !== undefined) {
              let data54 = data51.IsServc;
              if (!(data54 === 'Y' || data54 === 'N')) {
                const err240 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/IsServc',
                  schemaPath: '#/properties/ItemList/items/properties/IsServc/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.ItemList.items.properties.IsServc.enum },
                };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
              if (typeof data54 === 'string') {
                if (func3(data54) > 1) {
                  const err241 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/IsServc',
                    schemaPath: '#/properties/ItemList/items/properties/IsServc/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 1 },
                  };
                  if (vErrors === null) {
                    vErrors = [err241];
                  } else {
                    vErrors.push(err241);
                  }
                  errors++;
                }
                if (func3(data54) < 1) {
                  const err242 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/IsServc',
                    schemaPath: '#/properties/ItemList/items/properties/IsServc/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                  };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
                if (!pattern2.test(data54)) {
                  const err243 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/IsServc',
                    schemaPath: '#/properties/ItemList/items/properties/IsServc/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([Y|N]{1})$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err243];
                  } else {
                    vErrors.push(err243);
                  }
                  errors++;
                }
              } else {
                const err244 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/IsServc',
                  schemaPath: '#/properties/ItemList/items/properties/IsServc/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err244];
                } else {
                  vErrors.push(err244);
                }
                errors++;
              }
            }
            if (data51.HsnCd !== undefined) {
              let data55 = data51.HsnCd;
              if (typeof data55 === 'string') {
                if (func3(data55) > 8) {
                  const err245 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/HsnCd',
                    schemaPath: '#/properties/ItemList/items/properties/HsnCd/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 8 },
                  };
                  if (vErrors === null) {
                    vErrors = [err245];
                  } else {
                    vErrors.push(err245);
                  }
                  errors++;
                }
                if (func3(data55) < 4) {
                  const err246 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/HsnCd',
                    schemaPath: '#/properties/ItemList/items/properties/HsnCd/minLength',
                    keyword: 'minLength',
                    params: { limit: 4 },
                  };
                  if (vErrors === null) {
                    vErrors = [err246];
                  } else {
                    vErrors.push(err246);
                  }
                  errors++;
                }
                if (!pattern42.test(data55)) {
                  const err247 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/HsnCd',
                    schemaPath: '#/properties/ItemList/items/properties/HsnCd/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err247];
                  } else {
                    vErrors.push(err247);
                  }
                  errors++;
                }
              } else {
                const err248 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/HsnCd',
                  schemaPath: '#/properties/ItemList/items/properties/HsnCd/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err248];
                } else {
                  vErrors.push(err248);
                }
                errors++;
              }
            }
            if (data51.Barcde !== undefined) {
              let data56 = data51.Barcde;
              if (typeof data56 === 'string') {
                if (func3(data56) > 30) {
                  const err249 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Barcde',
                    schemaPath: '#/properties/ItemList/items/properties/Barcde/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 30 },
                  };
                  if (vErrors === null) {
                    vErrors = [err249];
                  } else {
                    vErrors.push(err249);
                  }
                  errors++;
                }
                if (func3(data56) < 3) {
                  const err250 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Barcde',
                    schemaPath: '#/properties/ItemList/items/properties/Barcde/minLength',
                    keyword: 'minLength',
                    params: { limit: 3 },
                  };
                  if (vErrors === null) {
                    vErrors = [err250];
                  } else {
                    vErrors.push(err250);
                  }
                  errors++;
                }
                if (!pattern9.test(data56)) {
                  const err251 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Barcde',
                    schemaPath: '#/properties/ItemList/items/properties/Barcde/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([^"])*$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err251];
                  } else {
                    vErrors.push(err251);
                  }
                  errors++;
                }
              } else {
                const err252 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/Barcde',
                  schemaPath: '#/properties/ItemList/items/properties/Barcde/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
            }
            if (data51.Qty !== undefined) {
              let data57 = data51.Qty;
              if (typeof data57 == 'number' && isFinite(data57)) {
                if (data57 > 9999999999.999 || isNaN(data57)) {
                  const err253 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Qty',
                    schemaPath: '#/properties/ItemList/items/properties/Qty/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 9999999999.999 },
                  };
                  if (vErrors === null) {
                    vErrors = [err253];
                  } else {
                    vErrors.push(err253);
                  }
                  errors++;
                }
                if (data57 < 0 || isNaN(data57)) {
                  const err254 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Qty',
                    schemaPath: '#/properties/ItemList/items/properties/Qty/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err254];
                  } else {
                    vErrors.push(err254);
                  }
                  errors++;
                }
              } else {
                const err255 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/Qty',
                  schemaPath: '#/properties/ItemList/items/properties/Qty/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err255];
                } else {
                  vErrors.push(err255);
                }
                errors++;
              }
            }
            if (data51.FreeQty !== undefined) {
              let data58 = data51.FreeQty;
              if (typeof data58 == 'number' && isFinite(data58)) {
                if (data58 > 9999999999.999 || isNaN(data58)) {
                  const err256 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/FreeQty',
                    schemaPath: '#/properties/ItemList/items/properties/FreeQty/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 9999999999.999 },
                  };
                  if (vErrors === null) {
                    vErrors = [err256];
                  } else {
                    vErrors.push(err256);
                  }
                  errors++;
                }
                if (data58 < 0 || isNaN(data58)) {
                  const err257 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/FreeQty',
                    schemaPath: '#/properties/ItemList/items/properties/FreeQty/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err257];
                  } else {
                    vErrors.push(err257);
                  }
                  errors++;
                }
              } else {
                const err258 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/FreeQty',
                  schemaPath: '#/properties/ItemList/items/properties/FreeQty/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err258];
                } else {
                  vErrors.push(err258);
                }
                errors++;
              }
            }
            if (data51.Unit !== undefined) {
              let data59 = data51.Unit;
              if (typeof data59 === 'string') {
                if (func3(data59) > 8) {
                  const err259 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Unit',
                    schemaPath: '#/properties/ItemList/items/properties/Unit/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 8 },
                  };
                  if (vErrors === null) {
                    vErrors = [err259];
                  } else {
                    vErrors.push(err259);
                  }
                  errors++;
                }
                if (func3(data59) < 3) {
                  const err260 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Unit',
                    schemaPath: '#/properties/ItemList/items/properties/Unit/minLength',
                    keyword: 'minLength',
                    params: { limit: 3 },
                  };
                  if (vErrors === null) {
                    vErrors = [err260];
                  } else {
                    vErrors.push(err260);
                  }
                  errors++;
                }
                if (!pattern44.test(data59)) {
                  const err261 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Unit',
                    schemaPath: '#/properties/ItemList/items/properties/Unit/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([A-Z|a-z]{3,8})$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err261];
                  } else {
                    vErrors.push(err261);
                  }
                  errors++;
                }
              } else {
                const err262 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/Unit',
                  schemaPath: '#/properties/ItemList/items/properties/Unit/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err262];
                } else {
                  vErrors.push(err262);
                }
                errors++;
              }
            }
            if (data51.UnitPrice !== undefined) {
              let data60 = data51.UnitPrice;
              if (typeof data60 == 'number' && isFinite(data60)) {
                if (data60 > 999999999999.999 || isNaN(data60)) {
                  const err263 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/UnitPrice',
                    schemaPath: '#/properties/ItemList/items/properties/UnitPrice/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.999 },
                  };
                  if (vErrors === null) {
                    vErrors = [err263];
                  } else {
                    vErrors.push(err263);
                  }
                  errors++;
                }
                if (data60 < 0 || isNaN(data60)) {
                  const err264 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/UnitPrice',
                    schemaPath: '#/properties/ItemList/items/properties/UnitPrice/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err264];
                  } else {
                    vErrors.push(err264);
                  }
                  errors++;
                }
              } else {
                const err265 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/UnitPrice',
                  schemaPath: '#/properties/ItemList/items/properties/UnitPrice/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err265];
                } else {
                  vErrors.push(err265);
                }
                errors++;
              }
            }
            if (data51.TotAmt !== undefined) {
              let data61 = data51.TotAmt;
              if (typeof data61 == 'number' && isFinite(data61)) {
                if (data61 > 999999999999.99 || isNaN(data61)) {
                  const err266 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/TotAmt',
                    schemaPath: '#/properties/ItemList/items/properties/TotAmt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err266];
                  } else {
                    vErrors.push(err266);
                  }
                  errors++;
                }
                if (data61 < 0 || isNaN(data61)) {
                  const err267 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/TotAmt',
                    schemaPath: '#/properties/ItemList/items/properties/TotAmt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err267];
                  } else {
                    vErrors.push(err267);
                  }
                  errors++;
                }
              } else {
                const err268 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/TotAmt',
                  schemaPath: '#/properties/ItemList/items/properties/TotAmt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err268];
                } else {
                  vErrors.push(err268);
                }
                errors++;
              }
            }
            if (data51.Discount !== undefined) {
              let data62 = data51.Discount;
              if (typeof data62 == 'number' && isFinite(data62)) {
                if (data62 > 999999999999.99 || isNaN(data62)) {
                  const err269 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Discount',
                    schemaPath: '#/properties/ItemList/items/properties/Discount/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err269];
                  } else {
                    vErrors.push(err269);
                  }
                  errors++;
                }
                if (data62 < 0 || isNaN(data62)) {
                  const err270 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/Discount',
                    schemaPath: '#/properties/ItemList/items/properties/Discount/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err270];
                  } else {
                    vErrors.push(err270);
                  }
                  errors++;
                }
              } else {
                const err271 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/Discount',
                  schemaPath: '#/properties/ItemList/items/properties/Discount/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err271];
                } else {
                  vErrors.push(err271);
                }
                errors++;
              }
            }
            if (data51.PreTaxVal !== undefined) {
              let data63 = data51.PreTaxVal;
              if (typeof data63 == 'number' && isFinite(data63)) {
                if (data63 > 999999999999.99 || isNaN(data63)) {
                  const err272 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/PreTaxVal',
                    schemaPath: '#/properties/ItemList/items/properties/PreTaxVal/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err272];
                  } else {
                    vErrors.push(err272);
                  }
                  errors++;
                }
                if (data63 < 0 || isNaN(data63)) {
                  const err273 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/PreTaxVal',
                    schemaPath: '#/properties/ItemList/items/properties/PreTaxVal/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err273];
                  } else {
                    vErrors.push(err273);
                  }
                  errors++;
                }
              } else {
                const err274 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/PreTaxVal',
                  schemaPath: '#/properties/ItemList/items/properties/PreTaxVal/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
            }
            if (data51.AssAmt !== undefined) {
              let data64 = data51.AssAmt;
              if (typeof data64 == 'number' && isFinite(data64)) {
                if (data64 > 999999999999.99 || isNaN(data64)) {
                  const err275 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/AssAmt',
                    schemaPath: '#/properties/ItemList/items/properties/AssAmt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err275];
                  } else {
                    vErrors.push(err275);
                  }
                  errors++;
                }
                if (data64 < 0 || isNaN(data64)) {
                  const err276 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/AssAmt',
                    schemaPath: '#/properties/ItemList/items/properties/AssAmt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err276];
                  } else {
                    vErrors.push(err276);
                  }
                  errors++;
                }
              } else {
                const err277 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/AssAmt',
                  schemaPath: '#/properties/ItemList/items/properties/AssAmt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err277];
                } else {
                  vErrors.push(err277);
                }
                errors++;
              }
            }
            if (data51.GstRt !== undefined) {
              let data65 = data51.GstRt;
              if (typeof data65 == 'number' && isFinite(data65)) {
                if (data65 > 999.999 || isNaN(data65)) {
                  const err278 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/GstRt',
                    schemaPath: '#/properties/ItemList/items/properties/GstRt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999.999 },
                  };
                  if (vErrors === null) {
                    vErrors = [err278];
                  } else {
                    vErrors.push(err278);
                  }
                  errors++;
                }
                if (data65 < 0 || isNaN(data65)) {
                  const err279 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/GstRt',
                    schemaPath: '#/properties/ItemList/items/properties/GstRt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err279];
                  } else {
                    vErrors.push(err279);
                  }
                  errors++;
                }
              } else {
                const err280 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/GstRt',
                  schemaPath: '#/properties/ItemList/items/properties/GstRt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err280];
                } else {
                  vErrors.push(err280);
                }
                errors++;
              }
            }
            if (data51.IgstAmt !== undefined) {
              let data66 = data51.IgstAmt;
              if (typeof data66 == 'number' && isFinite(data66)) {
                if (data66 > 999999999999.99 || isNaN(data66)) {
                  const err281 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/IgstAmt',
                    schemaPath: '#/properties/ItemList/items/properties/IgstAmt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err281];
                  } else {
                    vErrors.push(err281);
                  }
                  errors++;
                }
                if (data66 < 0 || isNaN(data66)) {
                  const err282 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/IgstAmt',
                    schemaPath: '#/properties/ItemList/items/properties/IgstAmt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err282];
                  } else {
                    vErrors.push(err282);
                  }
                  errors++;
                }
              } else {
                const err283 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/IgstAmt',
                  schemaPath: '#/properties/ItemList/items/properties/IgstAmt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err283];
                } else {
                  vErrors.push(err283);
                }
                errors++;
              }
            }
            if (data51.CgstAmt !== undefined) {
              let data67 = data51.CgstAmt;
              if (typeof data67 == 'number' && isFinite(data67)) {
                if (data67 > 999999999999.99 || isNaN(data67)) {
                  const err284 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/CgstAmt',
                    schemaPath: '#/properties/ItemList/items/properties/CgstAmt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err284];
                  } else {
                    vErrors.push(err284);
                  }
                  errors++;
                }
                if (data67 < 0 || isNaN(data67)) {
                  const err285 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/CgstAmt',
                    schemaPath: '#/properties/ItemList/items/properties/CgstAmt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err285];
                  } else {
                    vErrors.push(err285);
                  }
                  errors++;
                }
              } else {
                const err286 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/CgstAmt',
                  schemaPath: '#/properties/ItemList/items/properties/CgstAmt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err286];
                } else {
                  vErrors.push(err286);
                }
                errors++;
              }
            }
            if (data51.SgstAmt !== undefined) {
              let data68 = data51.SgstAmt;
              if (typeof data68 == 'number' && isFinite(data68)) {
                if (data68 > 999999999999.99 || isNaN(data68)) {
                  const err287 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/SgstAmt',
                    schemaPath: '#/properties/ItemList/items/properties/SgstAmt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err287];
                  } else {
                    vErrors.push(err287);
                  }
                  errors++;
                }
                if (data68 < 0 || isNaN(data68)) {
                  const err288 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/SgstAmt',
                    schemaPath: '#/properties/ItemList/items/properties/SgstAmt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err288];
                  } else {
                    vErrors.push(err288);
                  }
                  errors++;
                }
              } else {
                const err289 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/SgstAmt',
                  schemaPath: '#/properties/ItemList/items/properties/SgstAmt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err289];
                } else {
                  vErrors.push(err289);
                }
                errors++;
              }
            }
            if (data51.CesRt !== undefined) {
              let data69 = data51.CesRt;
              if (typeof data69 == 'number' && isFinite(data69)) {
                if (data69 > 999.999 || isNaN(data69)) {
                  const err290 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/CesRt',
                    schemaPath: '#/properties/ItemList/items/properties/CesRt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999.999 },
                  };
                  if (vErrors === null) {
                    vErrors = [err290];
                  } else {
                    vErrors.push(err290);
                  }
                  errors++;
                }
                if (data69 < 0 || isNaN(data69)) {
                  const err291 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/CesRt',
                    schemaPath: '#/properties/ItemList/items/properties/CesRt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err291];
                  } else {
                    vErrors.push(err291);
                  }
                  errors++;
                }
              } else {
                const err292 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/CesRt',
                  schemaPath: '#/properties/ItemList/items/properties/CesRt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err292];
                } else {
                  vErrors.push(err292);
                }
                errors++;
              }
            }
            if (data51.CesAmt !== undefined) {
              let data70 = data51.CesAmt;
              if (typeof data70 == 'number' && isFinite(data70)) {
                if (data70 > 999999999999.99 || isNaN(data70)) {
                  const err293 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/CesAmt',
                    schemaPath: '#/properties/ItemList/items/properties/CesAmt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err293];
                  } else {
                    vErrors.push(err293);
                  }
                  errors++;
                }
                if (data70 < 0 || isNaN(data70)) {
                  const err294 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/CesAmt',
                    schemaPath: '#/properties/ItemList/items/properties/CesAmt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err294];
                  } else {
                    vErrors.push(err294);
                  }
                  errors++;
                }
              } else {
                const err295 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/CesAmt',
                  schemaPath: '#/properties/ItemList/items/properties/CesAmt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err295];
                } else {
                  vErrors.push(err295);
                }
                errors++;
              }
            }
            if (data51.CesNonAdvlAmt !== undefined) {
              let data71 = data51.CesNonAdvlAmt;
              if (typeof data71 == 'number' && isFinite(data71)) {
                if (data71 > 999999999999.99 || isNaN(data71)) {
                  const err296 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/CesNonAdvlAmt',
                    schemaPath: '#/properties/ItemList/items/properties/CesNonAdvlAmt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err296];
                  } else {
                    vErrors.push(err296);
                  }
                  errors++;
                }
                if (data71 < 0 || isNaN(data71)) {
                  const err297 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/CesNonAdvlAmt',
                    schemaPath: '#/properties/ItemList/items/properties/CesNonAdvlAmt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err297];
                  } else {
                    vErrors.push(err297);
                  }
                  errors++;
                }
              } else {
                const err298 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/CesNonAdvlAmt',
                  schemaPath: '#/properties/ItemList/items/properties/CesNonAdvlAmt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err298];
                } else {
                  vErrors.push(err298);
                }
                errors++;
              }
            }
            if (data51.StateCesRt !== undefined) {
              let data72 = data51.StateCesRt;
              if (typeof data72 == 'number' && isFinite(data72)) {
                if (data72 > 999.999 || isNaN(data72)) {
                  const err299 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/StateCesRt',
                    schemaPath: '#/properties/ItemList/items/properties/StateCesRt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999.999 },
                  };
                  if (vErrors === null) {
                    vErrors = [err299];
                  } else {
                    vErrors.push(err299);
                  }
                  errors++;
                }
                if (data72 < 0 || isNaN(data72)) {
                  const err300 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/StateCesRt',
                    schemaPath: '#/properties/ItemList/items/properties/StateCesRt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err300];
                  } else {
                    vErrors.push(err300);
                  }
                  errors++;
                }
              } else {
                const err301 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/StateCesRt',
                  schemaPath: '#/properties/ItemList/items/properties/StateCesRt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err301];
                } else {
                  vErrors.push(err301);
                }
                errors++;
              }
            }
            if (data51.StateCesAmt !== undefined) {
              let data73 = data51.StateCesAmt;
              if (typeof data73 == 'number' && isFinite(data73)) {
                if (data73 > 999999999999.99 || isNaN(data73)) {
                  const err302 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/StateCesAmt',
                    schemaPath: '#/properties/ItemList/items/properties/StateCesAmt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err302];
                  } else {
                    vErrors.push(err302);
                  }
                  errors++;
                }
                if (data73 < 0 || isNaN(data73)) {
                  const err303 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/StateCesAmt',
                    schemaPath: '#/properties/ItemList/items/properties/StateCesAmt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err303];
                  } else {
                    vErrors.push(err303);
                  }
                  errors++;
                }
              } else {
                const err304 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/StateCesAmt',
                  schemaPath: '#/properties/ItemList/items/properties/StateCesAmt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err304];
                } else {
                  vErrors.push(err304);
                }
                errors++;
              }
            }
            if (data51.StateCesNonAdvlAmt !== undefined) {
              let data74 = data51.StateCesNonAdvlAmt;
              if (typeof data74 == 'number' && isFinite(data74)) {
                if (data74 > 999999999999.99 || isNaN(data74)) {
                  const err305 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/StateCesNonAdvlAmt',
                    schemaPath: '#/properties/ItemList/items/properties/StateCesNonAdvlAmt/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err305];
                  } else {
                    vErrors.push(err305);
                  }
                  errors++;
                }
                if (data74 < 0 || isNaN(data74)) {
                  const err306 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/StateCesNonAdvlAmt',
                    schemaPath: '#/properties/ItemList/items/properties/StateCesNonAdvlAmt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err306];
                  } else {
                    vErrors.push(err306);
                  }
                  errors++;
                }
              } else {
                const err307 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/StateCesNonAdvlAmt',
                  schemaPath: '#/properties/ItemList/items/properties/StateCesNonAdvlAmt/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err307];
                } else {
                  vErrors.push(err307);
                }
                errors++;
              }
            }
            if (data51.OthChrg !== undefined) {
              let data75 = data51.OthChrg;
              if (typeof data75 == 'number' && isFinite(data75)) {
                if (data75 > 999999999999.99 || isNaN(data75)) {
                  const err308 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/OthChrg',
                    schemaPath: '#/properties/ItemList/items/properties/OthChrg/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err308];
                  } else {
                    vErrors.push(err308);
                  }
                  errors++;
                }
                if (data75 < 0 || isNaN(data75)) {
                  const err309 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/OthChrg',
                    schemaPath: '#/properties/ItemList/items/properties/OthChrg/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err309];
                  } else {
                    vErrors.push(err309);
                  }
                  errors++;
                }
              } else {
                const err310 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/OthChrg',
                  schemaPath: '#/properties/ItemList/items/properties/OthChrg/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err310];
                } else {
                  vErrors.push(err310);
                }
                errors++;
              }
            }
            if (data51.TotItemVal !== undefined) {
              let data76 = data51.TotItemVal;
              if (typeof data76 == 'number' && isFinite(data76)) {
                if (data76 > 999999999999.99 || isNaN(data76)) {
                  const err311 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/TotItemVal',
                    schemaPath: '#/properties/ItemList/items/properties/TotItemVal/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 999999999999.99 },
                  };
                  if (vErrors === null) {
                    vErrors = [err311];
                  } else {
                    vErrors.push(err311);
                  }
                  errors++;
                }
                if (data76 < 0 || isNaN(data76)) {
                  const err312 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/TotItemVal',
                    schemaPath: '#/properties/ItemList/items/properties/TotItemVal/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err312];
                  } else {
                    vErrors.push(err312);
                  }
                  errors++;
                }
              } else {
                const err313 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/TotItemVal',
                  schemaPath: '#/properties/ItemList/items/properties/TotItemVal/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err313];
                } else {
                  vErrors.push(err313);
                }
                errors++;
              }
            }
            if (data51.OrdLineRef !== undefined) {
              let data77 = data51.OrdLineRef;
              if (typeof data77 === 'string') {
                if (func3(data77) > 50) {
                  const err314 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/OrdLineRef',
                    schemaPath: '#/properties/ItemList/items/properties/OrdLineRef/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 50 },
                  };
                  if (vErrors === null) {
                    vErrors = [err314];
                  } else {
                    vErrors.push(err314);
                  }
                  errors++;
                }
                if (func3(data77) < 1) {
                  const err315 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/OrdLineRef',
                    schemaPath: '#/properties/ItemList/items/properties/OrdLineRef/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                  };
                  if (vErrors === null) {
                    vErrors = [err315];
                  } else {
                    vErrors.push(err315);
                  }
                  errors++;
                }
                if (!pattern9.test(data77)) {
                  const err316 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/OrdLineRef',
                    schemaPath: '#/properties/ItemList/items/properties/OrdLineRef/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([^"])*$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err316];
                  } else {
                    vErrors.push(err316);
                  }
                  errors++;
                }
              } else {
                const err317 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/OrdLineRef',
                  schemaPath: '#/properties/ItemList/items/properties/OrdLineRef/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err317];
                } else {
                  vErrors.push(err317);
                }
                errors++;
              }
            }
            if (data51.OrgCntry !== undefined) {
              let data78 = data51.OrgCntry;
              if (typeof data78 === 'string') {
                if (func3(data78) > 2) {
                  const err318 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/OrgCntry',
                    schemaPath: '#/properties/ItemList/items/properties/OrgCntry/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 2 },
                  };
                  if (vErrors === null) {
                    vErrors = [err318];
                  } else {
                    vErrors.push(err318);
                  }
                  errors++;
                }
                if (func3(data78) < 2) {
                  const err319 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/OrgCntry',
                    schemaPath: '#/properties/ItemList/items/properties/OrgCntry/minLength',
                    keyword: 'minLength',
                    params: { limit: 2 },
                  };
                  if (vErrors === null) {
                    vErrors = [err319];
                  } else {
                    vErrors.push(err319);
                  }
                  errors++;
                }
                if (!pattern46.test(data78)) {
                  const err320 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/OrgCntry',
                    schemaPath: '#/properties/ItemList/items/properties/OrgCntry/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([A-Z|a-z]{2})$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err320];
                  } else {
                    vErrors.push(err320);
                  }
                  errors++;
                }
              } else {
                const err321 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/OrgCntry',
                  schemaPath: '#/properties/ItemList/items/properties/OrgCntry/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err321];
                } else {
                  vErrors.push(err321);
                }
                errors++;
              }
            }
            if (data51.PrdSlNo !== undefined) {
              let data79 = data51.PrdSlNo;
              if (typeof data79 === 'string') {
                if (func3(data79) > 20) {
                  const err322 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/PrdSlNo',
                    schemaPath: '#/properties/ItemList/items/properties/PrdSlNo/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 20 },
                  };
                  if (vErrors === null) {
                    vErrors = [err322];
                  } else {
                    vErrors.push(err322);
                  }
                  errors++;
                }
                if (func3(data79) < 1) {
                  const err323 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/PrdSlNo',
                    schemaPath: '#/properties/ItemList/items/properties/PrdSlNo/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                  };
                  if (vErrors === null) {
                    vErrors = [err323];
                  } else {
                    vErrors.push(err323);
                  }
                  errors++;
                }
                if (!pattern9.test(data79)) {
                  const err324 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/PrdSlNo',
                    schemaPath: '#/properties/ItemList/items/properties/PrdSlNo/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([^"])*$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err324];
                  } else {
                    vErrors.push(err324);
                  }
                  errors++;
                }
              } else {
                const err325 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/PrdSlNo',
                  schemaPath: '#/properties/ItemList/items/properties/PrdSlNo/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err325];
                } else {
                  vErrors.push(err325);
                }
                errors++;
              }
            }
            if (data51.BchDtls !== undefined) {
              let data80 = data51.BchDtls;
              if (data80 && typeof data80 == 'object' && !Array.isArray(data80)) {
                if (data80.Nm === undefined) {
                  const err326 = {
                    instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls',
                    schemaPath: '#/properties/ItemList/items/properties/BchDtls/required',
                    keyword: 'required',
                    params: { missingProperty: 'Nm' },
                  };
                  if (vErrors === null) {
                    vErrors = [err326];
                  } else {
                    vErrors.push(err326);
                  }
                  errors++;
                }
                for (const key8 in data80) {
                  if (!(key8 === 'Nm' || key8 === 'ExpDt' || key8 === 'WrDt')) {
                    const err327 = {
                      instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls',
                      schemaPath: '#/properties/ItemList/items/properties/BchDtls/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key8 },
                    };
                    if (vErrors === null) {
                      vErrors = [err327];
                    } else {
                      vErrors.push(err327);
                    }
                    errors++;
                  }
                }
                if (data80.Nm !== undefined) {
                  let data81 = data80.Nm;
                  if (typeof data81 === 'string') {
                    if (func3(data81) > 20) {
                      const err328 = {
                        instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/Nm',
                        schemaPath: '#/properties/ItemList/items/properties/BchDtls/properties/Nm/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 20 },
                      };
                      if (vErrors === null) {
                        vErrors = [err328];
                      } else {
                        vErrors.push(err328);
                      }
                      errors++;
                    }
                    if (func3(data81) < 3) {
                      const err329 = {
                        instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/Nm',
                        schemaPath: '#/properties/ItemList/items/properties/BchDtls/properties/Nm/minLength',
                        keyword: 'minLength',
                        params: { limit: 3 },
                      };
                      if (vErrors === null) {
                        vErrors = [err329];
                      } else {
                        vErrors.push(err329);
                      }
                      errors++;
                    }
                    if (!pattern9.test(data81)) {
                      const err330 = {
                        instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/Nm',
                        schemaPath: '#/properties/ItemList/items/properties/BchDtls/properties/Nm/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^([^"])*$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err330];
                      } else {
                        vErrors.push(err330);
                      }
                      errors++;
                    }
                  } else {
                    const err331 = {
                      instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/Nm',
                      schemaPath: '#/properties/ItemList/items/properties/BchDtls/properties/Nm/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err331];
                    } else {
                      vErrors.push(err331);
                    }
                    errors++;
                  }
                }
                if (data80.ExpDt !== undefined) {
                  let data82 = data80.ExpDt;
                  if (typeof data82 === 'string') {
                    if (func3(data82) > 10) {
                      const err332 = {
                        instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/ExpDt',
                        schemaPath:
                          '#/properties/ItemList/items/properties/BchDtls/properties/ExpDt/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err332];
                      } else {
                        vErrors.push(err332);
                      }
                      errors++;
                    }
                    if (func3(data82) < 10) {
                      const err333 = {
                        instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/ExpDt',
                        schemaPath:
                          '#/properties/ItemList/items/properties/BchDtls/properties/ExpDt/minLength',
                        keyword: 'minLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err333];
                      } else {
                        vErrors.push(err333);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data82)) {
                      const err334 = {
                        instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/ExpDt',
                        schemaPath: '#/properties/ItemList/items/properties/BchDtls/properties/ExpDt/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err334];
                      } else {
                        vErrors.push(err334);
                      }
                      errors++;
                    }
                  } else {
                    const err335 = {
                      instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/ExpDt',
                      schemaPath: '#/properties/ItemList/items/properties/BchDtls/properties/ExpDt/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err335];
                    } else {
                      vErrors.push(err335);
                    }
                    errors++;
                  }
                }
                if (data80.WrDt !== undefined) {
                  let data83 = data80.WrDt;
                  if (typeof data83 === 'string') {
                    if (func3(data83) > 10) {
                      const err336 = {
                        instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/WrDt',
                        schemaPath:
                          '#/properties/ItemList/items/properties/BchDtls/properties/WrDt/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err336];
                      } else {
                        vErrors.push(err336);
                      }
                      errors++;
                    }
                    if (func3(data83) < 10) {
                      const err337 = {
                        instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/WrDt',
                        schemaPath:
                          '#/properties/ItemList/items/properties/BchDtls/properties/WrDt/minLength',
                        keyword: 'minLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err337];
                      } else {
                        vErrors.push(err337);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data83)) {
                      const err338 = {
                        instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/WrDt',
                        schemaPath: '#/properties/ItemList/items/properties/BchDtls/properties/WrDt/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err338];
                      } else {
                        vErrors.push(err338);
                      }
                      errors++;
                    }
                  } else {
                    const err339 = {
                      instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls/WrDt',
                      schemaPath: '#/properties/ItemList/items/properties/BchDtls/properties/WrDt/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err339];
                    } else {
                      vErrors.push(err339);
                    }
                    errors++;
                  }
                }
              } else {
                const err340 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/BchDtls',
                  schemaPath: '#/properties/ItemList/items/properties/BchDtls/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err340];
                } else {
                  vErrors.push(err340);
                }
                errors++;
              }
            }
            if (data51.AttribDtls !== undefined) {
              let data84 = data51.AttribDtls;
              if (Array.isArray(data84)) {
                const len1 = data84.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data85 = data84[i1];
                  if (data85 && typeof data85 == 'object' && !Array.isArray(data85)) {
                    for (const key9 in data85) {
                      if (!(key9 === 'Nm' || key9 === 'Val')) {
                        const err341 = {
                          instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1,
                          schemaPath:
                            '#/properties/ItemList/items/properties/AttribDtls/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key9 },
                        };
                        if (vErrors === null) {
                          vErrors = [err341];
                        } else {
                          vErrors.push(err341);
                        }
                        errors++;
                      }
                    }
                    if (data85.Nm !== undefined) {
                      let data86 = data85.Nm;
                      if (typeof data86 === 'string') {
                        if (func3(data86) > 100) {
                          const err342 = {
                            instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1 + '/Nm',
                            schemaPath:
                              '#/properties/ItemList/items/properties/AttribDtls/items/properties/Nm/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 100 },
                          };
                          if (vErrors === null) {
                            vErrors = [err342];
                          } else {
                            vErrors.push(err342);
                          }
                          errors++;
                        }
                        if (func3(data86) < 1) {
                          const err343 = {
                            instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1 + '/Nm',
                            schemaPath:
                              '#/properties/ItemList/items/properties/AttribDtls/items/properties/Nm/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                          };
                          if (vErrors === null) {
                            vErrors = [err343];
                          } else {
                            vErrors.push(err343);
                          }
                          errors++;
                        }
                        if (!pattern9.test(data86)) {
                          const err344 = {
                            instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1 + '/Nm',
                            schemaPath:
                              '#/properties/ItemList/items/properties/AttribDtls/items/properties/Nm/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^([^"])*$' },
                          };
                          if (vErrors === null) {
                            vErrors = [err344];
                          } else {
                            vErrors.push(err344);
                          }
                          errors++;
                        }
                      } else {
                        const err345 = {
                          instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1 + '/Nm',
                          schemaPath:
                            '#/properties/ItemList/items/properties/AttribDtls/items/properties/Nm/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        };
                        if (vErrors === null) {
                          vErrors = [err345];
                        } else {
                          vErrors.push(err345);
                        }
                        errors++;
                      }
                    }
                    if (data85.Val !== undefined) {
                      let data87 = data85.Val;
                      if (typeof data87 === 'string') {
                        if (func3(data87) > 100) {
                          const err346 = {
                            instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1 + '/Val',
                            schemaPath:
                              '#/properties/ItemList/items/properties/AttribDtls/items/properties/Val/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 100 },
                          };
                          if (vErrors === null) {
                            vErrors = [err346];
                          } else {
                            vErrors.push(err346);
                          }
                          errors++;
                        }
                        if (func3(data87) < 1) {
                          const err347 = {
                            instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1 + '/Val',
                            schemaPath:
                              '#/properties/ItemList/items/properties/AttribDtls/items/properties/Val/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                          };
                          if (vErrors === null) {
                            vErrors = [err347];
                          } else {
                            vErrors.push(err347);
                          }
                          errors++;
                        }
                        if (!pattern9.test(data87)) {
                          const err348 = {
                            instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1 + '/Val',
                            schemaPath:
                              '#/properties/ItemList/items/properties/AttribDtls/items/properties/Val/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^([^"])*$' },
                          };
                          if (vErrors === null) {
                            vErrors = [err348];
                          } else {
                            vErrors.push(err348);
                          }
                          errors++;
                        }
                      } else {
                        const err349 = {
                          instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1 + '/Val',
                          schemaPath:
                            '#/properties/ItemList/items/properties/AttribDtls/items/properties/Val/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        };
                        if (vErrors === null) {
                          vErrors = [err349];
                        } else {
                          vErrors.push(err349);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err350 = {
                      instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls/' + i1,
                      schemaPath: '#/properties/ItemList/items/properties/AttribDtls/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    };
                    if (vErrors === null) {
                      vErrors = [err350];
                    } else {
                      vErrors.push(err350);
                    }
                    errors++;
                  }
                }
              } else {
                const err351 = {
                  instancePath: instancePath + '/ItemList/' + i0 + '/AttribDtls',
                  schemaPath: '#/properties/ItemList/items/properties/AttribDtls/type',
                  keyword: 'type',
                  params: { type: 'array' },
                };
                if (vErrors === null) {
                  vErrors = [err351];
                } else {
                  vErrors.push(err351);
                }
                errors++;
              }
            }
          } else {
            const err352 = {
              instancePath: instancePath + '/ItemList/' + i0,
              schemaPath: '#/properties/ItemList/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err352];
            } else {
              vErrors.push(err352);
            }
            errors++;
          }
        }
      } else {
        const err353 = {
          instancePath: instancePath + '/ItemList',
          schemaPath: '#/properties/ItemList/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err353];
        } else {
          vErrors.push(err353);
        }
        errors++;
      }
    }
    if (data.ValDtls !== undefined) {
      let data88 = data.ValDtls;
      if (data88 && typeof data88 == 'object' && !Array.isArray(data88)) {
        if (data88.AssVal === undefined) {
          const err354 = {
            instancePath: instancePath + '/ValDtls',
            schemaPath: '#/properties/ValDtls/required',
            keyword: 'required',
            params: { missingProperty: 'AssVal' },
          };
          if (vErrors === null) {
            vErrors = [err354];
          } else {
            vErrors.push(err354);
          }
          errors++;
        }
        if (data88.TotInvVal === undefined) {
          const err355 = {
            instancePath: instancePath + '/ValDtls',
            schemaPath: '#/properties/ValDtls/required',
            keyword: 'required',
            params: { missingProperty: 'TotInvVal' },
          };
          if (vErrors === null) {
            vErrors = [err355];
          } else {
            vErrors.push(err355);
          }
          errors++;
        }
        for (const key10 in data88) {
          if (!func2.call(schema11.properties.ValDtls.properties, key10)) {
            const err356 = {
              instancePath: instancePath + '/ValDtls',
              schemaPath: '#/properties/ValDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
            };
            if (vErrors === null) {
              vErrors = [err356];
            } else {
              vErrors.push(err356);
            }
            errors++;
          }
        }
        if (data88.AssVal !== undefined) {
          let data89 = data88.AssVal;
          if (typeof data89 == 'number' && isFinite(data89)) {
            if (data89 > 99999999999999.98 || isNaN(data89)) {
              const err357 = {
                instancePath: instancePath + '/ValDtls/AssVal',
                schemaPath: '#/properties/ValDtls/properties/AssVal/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err357];
              } else {
                vErrors.push(err357);
              }
              errors++;
            }
            if (data89 < 0 || isNaN(data89)) {
              const err358 = {
                instancePath: instancePath + '/ValDtls/AssVal',
                schemaPath: '#/properties/ValDtls/properties/AssVal/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err358];
              } else {
                vErrors.push(err358);
              }
              errors++;
            }
          } else {
            const err359 = {
              instancePath: instancePath + '/ValDtls/AssVal',
              schemaPath: '#/properties/ValDtls/properties/AssVal/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err359];
            } else {
              vErrors.push(err359);
            }
            errors++;
          }
        }
        if (data88.CgstVal !== undefined) {
          let data90 = data88.CgstVal;
          if (typeof data90 == 'number' && isFinite(data90)) {
            if (data90 > 99999999999999.98 || isNaN(data90)) {
              const err360 = {
                instancePath: instancePath + '/ValDtls/CgstVal',
                schemaPath: '#/properties/ValDtls/properties/CgstVal/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err360];
              } else {
                vErrors.push(err360);
              }
              errors++;
            }
            if (data90 < 0 || isNaN(data90)) {
              const err361 = {
                instancePath: instancePath + '/ValDtls/CgstVal',
                schemaPath: '#/properties/ValDtls/properties/CgstVal/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err361];
              } else {
                vErrors.push(err361);
              }
              errors++;
            }
          } else {
            const err362 = {
              instancePath: instancePath + '/ValDtls/CgstVal',
              schemaPath: '#/properties/ValDtls/properties/CgstVal/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err362];
            } else {
              vErrors.push(err362);
            }
            errors++;
          }
        }
        if (data88.SgstVal !== undefined) {
          let data91 = data88.SgstVal;
          if (typeof data91 == 'number' && isFinite(data91)) {
            if (data91 > 99999999999999.98 || isNaN(data91)) {
              const err363 = {
                instancePath: instancePath + '/ValDtls/SgstVal',
                schemaPath: '#/properties/ValDtls/properties/SgstVal/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err363];
              } else {
                vErrors.push(err363);
              }
              errors++;
            }
            if (data91 < 0 || isNaN(data91)) {
              const err364 = {
                instancePath: instancePath + '/ValDtls/SgstVal',
                schemaPath: '#/properties/ValDtls/properties/SgstVal/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err364];
              } else {
                vErrors.push(err364);
              }
              errors++;
            }
          } else {
            const err365 = {
              instancePath: instancePath + '/ValDtls/SgstVal',
              schemaPath: '#/properties/ValDtls/properties/SgstVal/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err365];
            } else {
              vErrors.push(err365);
            }
            errors++;
          }
        }
        if (data88.IgstVal !== undefined) {
          let data92 = data88.IgstVal;
          if (typeof data92 == 'number' && isFinite(data92)) {
            if (data92 > 99999999999999.98 || isNaN(data92)) {
              const err366 = {
                instancePath: instancePath + '/ValDtls/IgstVal',
                schemaPath: '#/properties/ValDtls/properties/IgstVal/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err366];
              } else {
                vErrors.push(err366);
              }
              errors++;
            }
            if (data92 < 0 || isNaN(data92)) {
              const err367 = {
                instancePath: instancePath + '/ValDtls/IgstVal',
                schemaPath: '#/properties/ValDtls/properties/IgstVal/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err367];
              } else {
                vErrors.push(err367);
              }
              errors++;
            }
          } else {
            const err368 = {
              instancePath: instancePath + '/ValDtls/IgstVal',
              schemaPath: '#/properties/ValDtls/properties/IgstVal/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err368];
            } else {
              vErrors.push(err368);
            }
            errors++;
          }
        }
        if (data88.CesVal !== undefined) {
          let data93 = data88.CesVal;
          if (typeof data93 == 'number' && isFinite(data93)) {
            if (data93 > 99999999999999.98 || isNaN(data93)) {
              const err369 = {
                instancePath: instancePath + '/ValDtls/CesVal',
                schemaPath: '#/properties/ValDtls/properties/CesVal/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err369];
              } else {
                vErrors.push(err369);
              }
              errors++;
            }
            if (data93 < 0 || isNaN(data93)) {
              const err370 = {
                instancePath: instancePath + '/ValDtls/CesVal',
                schemaPath: '#/properties/ValDtls/properties/CesVal/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err370];
              } else {
                vErrors.push(err370);
              }
              errors++;
            }
          } else {
            const err371 = {
              instancePath: instancePath + '/ValDtls/CesVal',
              schemaPath: '#/properties/ValDtls/properties/CesVal/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err371];
            } else {
              vErrors.push(err371);
            }
            errors++;
          }
        }
        if (data88.StCesVal !== undefined) {
          let data94 = data88.StCesVal;
          if (typeof data94 == 'number' && isFinite(data94)) {
            if (data94 > 99999999999999.98 || isNaN(data94)) {
              const err372 = {
                instancePath: instancePath + '/ValDtls/StCesVal',
                schemaPath: '#/properties/ValDtls/properties/StCesVal/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err372];
              } else {
                vErrors.push(err372);
              }
              errors++;
            }
            if (data94 < 0 || isNaN(data94)) {
              const err373 = {
                instancePath: instancePath + '/ValDtls/StCesVal',
                schemaPath: '#/properties/ValDtls/properties/StCesVal/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err373];
              } else {
                vErrors.push(err373);
              }
              errors++;
            }
          } else {
            const err374 = {
              instancePath: instancePath + '/ValDtls/StCesVal',
              schemaPath: '#/properties/ValDtls/properties/StCesVal/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err374];
            } else {
              vErrors.push(err374);
            }
            errors++;
          }
        }
        if (data88.Discount !== undefined) {
          let data95 = data88.Discount;
          if (typeof data95 == 'number' && isFinite(data95)) {
            if (data95 > 99999999999999.98 || isNaN(data95)) {
              const err375 = {
                instancePath: instancePath + '/ValDtls/Discount',
                schemaPath: '#/properties/ValDtls/properties/Discount/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err375];
              } else {
                vErrors.push(err375);
              }
              errors++;
            }
            if (data95 < 0 || isNaN(data95)) {
              const err376 = {
                instancePath: instancePath + '/ValDtls/Discount',
                schemaPath: '#/properties/ValDtls/properties/Discount/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err376];
              } else {
                vErrors.push(err376);
              }
              errors++;
            }
          } else {
            const err377 = {
              instancePath: instancePath + '/ValDtls/Discount',
              schemaPath: '#/properties/ValDtls/properties/Discount/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err377];
            } else {
              vErrors.push(err377);
            }
            errors++;
          }
        }
        if (data88.OthChrg !== undefined) {
          let data96 = data88.OthChrg;
          if (typeof data96 == 'number' && isFinite(data96)) {
            if (data96 > 99999999999999.98 || isNaN(data96)) {
              const err378 = {
                instancePath: instancePath + '/ValDtls/OthChrg',
                schemaPath: '#/properties/ValDtls/properties/OthChrg/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err378];
              } else {
                vErrors.push(err378);
              }
              errors++;
            }
            if (data96 < 0 || isNaN(data96)) {
              const err379 = {
                instancePath: instancePath + '/ValDtls/OthChrg',
                schemaPath: '#/properties/ValDtls/properties/OthChrg/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err379];
              } else {
                vErrors.push(err379);
              }
              errors++;
            }
          } else {
            const err380 = {
              instancePath: instancePath + '/ValDtls/OthChrg',
              schemaPath: '#/properties/ValDtls/properties/OthChrg/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err380];
            } else {
              vErrors.push(err380);
            }
            errors++;
          }
        }
        if (data88.RndOffAmt !== undefined) {
          let data97 = data88.RndOffAmt;
          if (typeof data97 == 'number' && isFinite(data97)) {
            if (data97 > 99.99 || isNaN(data97)) {
              const err381 = {
                instancePath: instancePath + '/ValDtls/RndOffAmt',
                schemaPath: '#/properties/ValDtls/properties/RndOffAmt/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99.99 },
              };
              if (vErrors === null) {
                vErrors = [err381];
              } else {
                vErrors.push(err381);
              }
              errors++;
            }
            if (data97 < -99.99 || isNaN(data97)) {
              const err382 = {
                instancePath: instancePath + '/ValDtls/RndOffAmt',
                schemaPath: '#/properties/ValDtls/properties/RndOffAmt/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: -99.99 },
              };
              if (vErrors === null) {
                vErrors = [err382];
              } else {
                vErrors.push(err382);
              }
              errors++;
            }
          } else {
            const err383 = {
              instancePath: instancePath + '/ValDtls/RndOffAmt',
              schemaPath: '#/properties/ValDtls/properties/RndOffAmt/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err383];
            } else {
              vErrors.push(err383);
            }
            errors++;
          }
        }
        if (data88.TotInvVal !== undefined) {
          let data98 = data88.TotInvVal;
          if (typeof data98 == 'number' && isFinite(data98)) {
            if (data98 > 99999999999999.98 || isNaN(data98)) {
              const err384 = {
                instancePath: instancePath + '/ValDtls/TotInvVal',
                schemaPath: '#/properties/ValDtls/properties/TotInvVal/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err384];
              } else {
                vErrors.push(err384);
              }
              errors++;
            }
            if (data98 < 0 || isNaN(data98)) {
              const err385 = {
                instancePath: instancePath + '/ValDtls/TotInvVal',
                schemaPath: '#/properties/ValDtls/properties/TotInvVal/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err385];
              } else {
                vErrors.push(err385);
              }
              errors++;
            }
          } else {
            const err386 = {
              instancePath: instancePath + '/ValDtls/TotInvVal',
              schemaPath: '#/properties/ValDtls/properties/TotInvVal/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err386];
            } else {
              vErrors.push(err386);
            }
            errors++;
          }
        }
        if (data88.TotInvValFc !== undefined) {
          let data99 = data88.TotInvValFc;
          if (typeof data99 == 'number' && isFinite(data99)) {
            if (data99 > 99999999999999.98 || isNaN(data99)) {
              const err387 = {
                instancePath: instancePath + '/ValDtls/TotInvValFc',
                schemaPath: '#/properties/ValDtls/properties/TotInvValFc/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err387];
              } else {
                vErrors.push(err387);
              }
              errors++;
            }
            if (data99 < 0 || isNaN(data99)) {
              const err388 = {
                instancePath: instancePath + '/ValDtls/TotInvValFc',
                schemaPath: '#/properties/ValDtls/properties/TotInvValFc/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err388];
              } else {
                vErrors.push(err388);
              }
              errors++;
            }
          } else {
            const err389 = {
              instancePath: instancePath + '/ValDtls/TotInvValFc',
              schemaPath: '#/properties/ValDtls/properties/TotInvValFc/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err389];
            } else {
              vErrors.push(err389);
            }
            errors++;
          }
        }
      } else {
        const err390 = {
          instancePath: instancePath + '/ValDtls',
          schemaPath: '#/properties/ValDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err390];
        } else {
          vErrors.push(err390);
        }
        errors++;
      }
    }
    if (data.PayDtls !== undefined) {
      let data100 = data.PayDtls;
      if (data100 && typeof data100 == 'object' && !Array.isArray(data100)) {
        for (const key11 in data100) {
          if (!func2.call(schema11.properties.PayDtls.properties, key11)) {
            const err391 = {
              instancePath: instancePath + '/PayDtls',
              schemaPath: '#/properties/PayDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key11 },
            };
            if (vErrors === null) {
              vErrors = [err391];
            } else {
              vErrors.push(err391);
            }
            errors++;
          }
        }
        if (data100.Nm !== undefined) {
          let data101 = data100.Nm;
          if (typeof data101 === 'string') {
            if (func3(data101) > 100) {
              const err392 = {
                instancePath: instancePath + '/PayDtls/Nm',
                schemaPath: '#/properties/PayDtls/properties/Nm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err392];
              } else {
                vErrors.push(err392);
              }
              errors++;
            }
            if (func3(data101) < 1) {
              const err393 = {
                instancePath: instancePath + '/PayDtls/Nm',
                schemaPath: '#/properties/PayDtls/properties/Nm/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err393];
              } else {
                vErrors.push(err393);
              }
              errors++;
            }
            if (!pattern9.test(data101)) {
              const err394 = {
                instancePath: instancePath + '/PayDtls/Nm',
                schemaPath: '#/properties/PayDtls/properties/Nm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err394];
              } else {
                vErrors.push(err394);
              }
              errors++;
            }
          } else {
            const err395 = {
              instancePath: instancePath + '/PayDtls/Nm',
              schemaPath: '#/properties/PayDtls/properties/Nm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err395];
            } else {
              vErrors.push(err395);
            }
            errors++;
          }
        }
        if (data100.AccDet !== undefined) {
          let data102 = data100.AccDet;
          if (typeof data102 === 'string') {
            if (func3(data102) > 18) {
              const err396 = {
                instancePath: instancePath + '/PayDtls/AccDet',
                schemaPath: '#/properties/PayDtls/properties/AccDet/maxLength',
                keyword: 'maxLength',
                params: { limit: 18 },
              };
              if (vErrors === null) {
                vErrors = [err396];
              } else {
                vErrors.push(err396);
              }
              errors++;
            }
            if (func3(data102) < 1) {
              const err397 = {
                instancePath: instancePath + '/PayDtls/AccDet',
                schemaPath: '#/properties/PayDtls/properties/AccDet/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err397];
              } else {
                vErrors.push(err397);
              }
              errors++;
            }
            if (!pattern9.test(data102)) {
              const err398 = {
                instancePath: instancePath + '/PayDtls/AccDet',
                schemaPath: '#/properties/PayDtls/properties/AccDet/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err398];
              } else {
                vErrors.push(err398);
              }
              errors++;
            }
          } else {
            const err399 = {
              instancePath: instancePath + '/PayDtls/AccDet',
              schemaPath: '#/properties/PayDtls/properties/AccDet/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err399];
            } else {
              vErrors.push(err399);
            }
            errors++;
          }
        }
        if (data100.Mode !== undefined) {
          let data103 = data100.Mode;
          if (typeof data103 === 'string') {
            if (func3(data103) > 18) {
              const err400 = {
                instancePath: instancePath + '/PayDtls/Mode',
                schemaPath: '#/properties/PayDtls/properties/Mode/maxLength',
                keyword: 'maxLength',
                params: { limit: 18 },
              };
              if (vErrors === null) {
                vErrors = [err400];
              } else {
                vErrors.push(err400);
              }
              errors++;
            }
            if (func3(data103) < 1) {
              const err401 = {
                instancePath: instancePath + '/PayDtls/Mode',
                schemaPath: '#/properties/PayDtls/properties/Mode/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err401];
              } else {
                vErrors.push(err401);
              }
              errors++;
            }
            if (!pattern9.test(data103)) {
              const err402 = {
                instancePath: instancePath + '/PayDtls/Mode',
                schemaPath: '#/properties/PayDtls/properties/Mode/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err402];
              } else {
                vErrors.push(err402);
              }
              errors++;
            }
          } else {
            const err403 = {
              instancePath: instancePath + '/PayDtls/Mode',
              schemaPath: '#/properties/PayDtls/properties/Mode/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err403];
            } else {
              vErrors.push(err403);
            }
            errors++;
          }
        }
        if (data100.FinInsBr !== undefined) {
          let data104 = data100.FinInsBr;
          if (typeof data104 === 'string') {
            if (func3(data104) > 11) {
              const err404 = {
                instancePath: instancePath + '/PayDtls/FinInsBr',
                schemaPath: '#/properties/PayDtls/properties/FinInsBr/maxLength',
                keyword: 'maxLength',
                params: { limit: 11 },
              };
              if (vErrors === null) {
                vErrors = [err404];
              } else {
                vErrors.push(err404);
              }
              errors++;
            }
            if (func3(data104) < 1) {
              const err405 = {
                instancePath: instancePath + '/PayDtls/FinInsBr',
                schemaPath: '#/properties/PayDtls/properties/FinInsBr/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err405];
              } else {
                vErrors.push(err405);
              }
              errors++;
            }
            if (!pattern9.test(data104)) {
              const err406 = {
                instancePath: instancePath + '/PayDtls/FinInsBr',
                schemaPath: '#/properties/PayDtls/properties/FinInsBr/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err406];
              } else {
                vErrors.push(err406);
              }
              errors++;
            }
          } else {
            const err407 = {
              instancePath: instancePath + '/PayDtls/FinInsBr',
              schemaPath: '#/properties/PayDtls/properties/FinInsBr/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err407];
            } else {
              vErrors.push(err407);
            }
            errors++;
          }
        }
        if (data100.PayTerm !== undefined) {
          let data105 = data100.PayTerm;
          if (typeof data105 === 'string') {
            if (func3(data105) > 100) {
              const err408 = {
                instancePath: instancePath + '/PayDtls/PayTerm',
                schemaPath: '#/properties/PayDtls/properties/PayTerm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err408];
              } else {
                vErrors.push(err408);
              }
              errors++;
            }
            if (func3(data105) < 1) {
              const err409 = {
                instancePath: instancePath + '/PayDtls/PayTerm',
                schemaPath: '#/properties/PayDtls/properties/PayTerm/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err409];
              } else {
                vErrors.push(err409);
              }
              errors++;
            }
            if (!pattern9.test(data105)) {
              const err410 = {
                instancePath: instancePath + '/PayDtls/PayTerm',
                schemaPath: '#/properties/PayDtls/properties/PayTerm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err410];
              } else {
                vErrors.push(err410);
              }
              errors++;
            }
          } else {
            const err411 = {
              instancePath: instancePath + '/PayDtls/PayTerm',
              schemaPath: '#/properties/PayDtls/properties/PayTerm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err411];
            } else {
              vErrors.push(err411);
            }
            errors++;
          }
        }
        if (data100.PayInstr !== undefined) {
          let data106 = data100.PayInstr;
          if (typeof data106 === 'string') {
            if (func3(data106) > 100) {
              const err412 = {
                instancePath: instancePath + '/PayDtls/PayInstr',
                schemaPath: '#/properties/PayDtls/properties/PayInstr/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err412];
              } else {
                vErrors.push(err412);
              }
              errors++;
            }
            if (func3(data106) < 1) {
              const err413 = {
                instancePath: instancePath + '/PayDtls/PayInstr',
                schemaPath: '#/properties/PayDtls/properties/PayInstr/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err413];
              } else {
                vErrors.push(err413);
              }
              errors++;
            }
            if (!pattern9.test(data106)) {
              const err414 = {
                instancePath: instancePath + '/PayDtls/PayInstr',
                schemaPath: '#/properties/PayDtls/properties/PayInstr/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err414];
              } else {
                vErrors.push(err414);
              }
              errors++;
            }
          } else {
            const err415 = {
              instancePath: instancePath + '/PayDtls/PayInstr',
              schemaPath: '#/properties/PayDtls/properties/PayInstr/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err415];
            } else {
              vErrors.push(err415);
            }
            errors++;
          }
        }
        if (data100.CrTrn !== undefined) {
          let data107 = data100.CrTrn;
          if (typeof data107 === 'string') {
            if (func3(data107) > 100) {
              const err416 = {
                instancePath: instancePath + '/PayDtls/CrTrn',
                schemaPath: '#/properties/PayDtls/properties/CrTrn/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err416];
              } else {
                vErrors.push(err416);
              }
              errors++;
            }
            if (func3(data107) < 1) {
              const err417 = {
                instancePath: instancePath + '/PayDtls/CrTrn',
                schemaPath: '#/properties/PayDtls/properties/CrTrn/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err417];
              } else {
                vErrors.push(err417);
              }
              errors++;
            }
            if (!pattern9.test(data107)) {
              const err418 = {
                instancePath: instancePath + '/PayDtls/CrTrn',
                schemaPath: '#/properties/PayDtls/properties/CrTrn/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err418];
              } else {
                vErrors.push(err418);
              }
              errors++;
            }
          } else {
            const err419 = {
              instancePath: instancePath + '/PayDtls/CrTrn',
              schemaPath: '#/properties/PayDtls/properties/CrTrn/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err419];
            } else {
              vErrors.push(err419);
            }
            errors++;
          }
        }
        if (data100.DirDr !== undefined) {
          let data108 = data100.DirDr;
          if (typeof data108 === 'string') {
            if (func3(data108) > 100) {
              const err420 = {
                instancePath: instancePath + '/PayDtls/DirDr',
                schemaPath: '#/properties/PayDtls/properties/DirDr/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err420];
              } else {
                vErrors.push(err420);
              }
              errors++;
            }
            if (func3(data108) < 1) {
              const err421 = {
                instancePath: instancePath + '/PayDtls/DirDr',
                schemaPath: '#/properties/PayDtls/properties/DirDr/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err421];
              } else {
                vErrors.push(err421);
              }
              errors++;
            }
            if (!pattern9.test(data108)) {
              const err422 = {
                instancePath: instancePath + '/PayDtls/DirDr',
                schemaPath: '#/properties/PayDtls/properties/DirDr/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err422];
              } else {
                vErrors.push(err422);
              }
              errors++;
            }
          } else {
            const err423 = {
              instancePath: instancePath + '/PayDtls/DirDr',
              schemaPath: '#/properties/PayDtls/properties/DirDr/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err423];
            } else {
              vErrors.push(err423);
            }
            errors++;
          }
        }
        if (data100.CrDay !== undefined) {
          let data109 = data100.CrDay;
          if (typeof data109 == 'number' && isFinite(data109)) {
            if (data109 > 9999 || isNaN(data109)) {
              const err424 = {
                instancePath: instancePath + '/PayDtls/CrDay',
                schemaPath: '#/properties/PayDtls/properties/CrDay/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 9999 },
              };
              if (vErrors === null) {
                vErrors = [err424];
              } else {
                vErrors.push(err424);
              }
              errors++;
            }
            if (data109 < 0 || isNaN(data109)) {
              const err425 = {
                instancePath: instancePath + '/PayDtls/CrDay',
                schemaPath: '#/properties/PayDtls/properties/CrDay/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err425];
              } else {
                vErrors.push(err425);
              }
              errors++;
            }
          } else {
            const err426 = {
              instancePath: instancePath + '/PayDtls/CrDay',
              schemaPath: '#/properties/PayDtls/properties/CrDay/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err426];
            } else {
              vErrors.push(err426);
            }
            errors++;
          }
        }
        if (data100.PaidAmt !== undefined) {
          let data110 = data100.PaidAmt;
          if (typeof data110 == 'number' && isFinite(data110)) {
            if (data110 > 99999999999999.98 || isNaN(data110)) {
              const err427 = {
                instancePath: instancePath + '/PayDtls/PaidAmt',
                schemaPath: '#/properties/PayDtls/properties/PaidAmt/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err427];
              } else {
                vErrors.push(err427);
              }
              errors++;
            }
            if (data110 < 0 || isNaN(data110)) {
              const err428 = {
                instancePath: instancePath + '/PayDtls/PaidAmt',
                schemaPath: '#/properties/PayDtls/properties/PaidAmt/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err428];
              } else {
                vErrors.push(err428);
              }
              errors++;
            }
          } else {
            const err429 = {
              instancePath: instancePath + '/PayDtls/PaidAmt',
              schemaPath: '#/properties/PayDtls/properties/PaidAmt/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err429];
            } else {
              vErrors.push(err429);
            }
            errors++;
          }
        }
        if (data100.PaymtDue !== undefined) {
          let data111 = data100.PaymtDue;
          if (typeof data111 == 'number' && isFinite(data111)) {
            if (data111 > 99999999999999.98 || isNaN(data111)) {
              const err430 = {
                instancePath: instancePath + '/PayDtls/PaymtDue',
                schemaPath: '#/properties/PayDtls/properties/PaymtDue/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999999999999.98 },
              };
              if (vErrors === null) {
                vErrors = [err430];
              } else {
                vErrors.push(err430);
              }
              errors++;
            }
            if (data111 < 0 || isNaN(data111)) {
              const err431 = {
                instancePath: instancePath + '/PayDtls/PaymtDue',
                schemaPath: '#/properties/PayDtls/properties/PaymtDue/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err431];
              } else {
                vErrors.push(err431);
              }
              errors++;
            }
          } else {
            const err432 = {
              instancePath: instancePath + '/PayDtls/PaymtDue',
              schemaPath: '#/properties/PayDtls/properties/PaymtDue/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err432];
            } else {
              vErrors.push(err432);
            }
            errors++;
          }
        }
      } else {
        const err433 = {
          instancePath: instancePath + '/PayDtls',
          schemaPath: '#/properties/PayDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err433];
        } else {
          vErrors.push(err433);
        }
        errors++;
      }
    }
    if (data.RefDtls !== undefined) {
      let data112 = data.RefDtls;
      if (data112 && typeof data112 == 'object' && !Array.isArray(data112)) {
        for (const key12 in data112) {
          if (!(
            key12 === 'InvRm' ||
            key12 === 'DocPerdDtls' ||
            key12 === 'PrecDocDtls' ||
            key12 === 'ContrDtls'
          )) {
            const err434 = {
              instancePath: instancePath + '/RefDtls',
              schemaPath: '#/properties/RefDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key12 },
            };
            if (vErrors === null) {
              vErrors = [err434];
            } else {
              vErrors.push(err434);
            }
            errors++;
          }
        }
        if (data112.InvRm !== undefined) {
          let data113 = data112.InvRm;
          if (typeof data113 === 'string') {
            if (func3(data113) > 100) {
              const err435 = {
                instancePath: instancePath + '/RefDtls/InvRm',
                schemaPath: '#/properties/RefDtls/properties/InvRm/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err435];
              } else {
                vErrors.push(err435);
              }
              errors++;
            }
            if (func3(data113) < 3) {
              const err436 = {
                instancePath: instancePath + '/RefDtls/InvRm',
                schemaPath: '#/properties/RefDtls/properties/InvRm/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err436];
              } else {
                vErrors.push(err436);
              }
              errors++;
            }
            if (!pattern9.test(data113)) {
              const err437 = {
                instancePath: instancePath + '/RefDtls/InvRm',
                schemaPath: '#/properties/RefDtls/properties/InvRm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err437];
              } else {
                vErrors.push(err437);
              }
              errors++;
            }
          } else {
            const err438 = {
              instancePath: instancePath + '/RefDtls/InvRm',
              schemaPath: '#/properties/RefDtls/properties/InvRm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err438];
            } else {
              vErrors.push(err438);
            }
            errors++;
          }
        }
        if (data112.DocPerdDtls !== undefined) {
          let data114 = data112.DocPerdDtls;
          if (data114 && typeof data114 == 'object' && !Array.isArray(data114)) {
            if (data114.InvStDt === undefined) {
              const err439 = {
                instancePath: instancePath + '/RefDtls/DocPerdDtls',
                schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/required',
                keyword: 'required',
                params: { missingProperty: 'InvStDt' },
              };
              if (vErrors === null) {
                vErrors = [err439];
              } else {
                vErrors.push(err439);
              }
              errors++;
            }
            if (data114.InvEndDt === undefined) {
              const err440 = {
                instancePath: instancePath + '/RefDtls/DocPerdDtls',
                schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/required',
                keyword: 'required',
                params: { missingProperty: 'InvEndDt' },
              };
              if (vErrors === null) {
                vErrors = [err440];
              } else {
                vErrors.push(err440);
              }
              errors++;
            }
            for (const key13 in data114) {
              if (!(key13 === 'InvStDt' || key13 === 'InvEndDt')) {
                const err441 = {
                  instancePath: instancePath + '/RefDtls/DocPerdDtls',
                  schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key13 },
                };
                if (vErrors === null) {
                  vErrors = [err441];
                } else {
                  vErrors.push(err441);
                }
                errors++;
              }
            }
            if (data114.InvStDt !== undefined) {
              let data115 = data114.InvStDt;
              if (typeof data115 === 'string') {
                if (func3(data115) > 10) {
                  const err442 = {
                    instancePath: instancePath + '/RefDtls/DocPerdDtls/InvStDt',
                    schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/properties/InvStDt/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 10 },
                  };
                  if (vErrors === null) {
                    vErrors = [err442];
                  } else {
                    vErrors.push(err442);
                  }
                  errors++;
                }
                if (func3(data115) < 10) {
                  const err443 = {
                    instancePath: instancePath + '/RefDtls/DocPerdDtls/InvStDt',
                    schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/properties/InvStDt/minLength',
                    keyword: 'minLength',
                    params: { limit: 10 },
                  };
                  if (vErrors === null) {
                    vErrors = [err443];
                  } else {
                    vErrors.push(err443);
                  }
                  errors++;
                }
                if (!pattern7.test(data115)) {
                  const err444 = {
                    instancePath: instancePath + '/RefDtls/DocPerdDtls/InvStDt',
                    schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/properties/InvStDt/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err444];
                  } else {
                    vErrors.push(err444);
                  }
                  errors++;
                }
              } else {
                const err445 = {
                  instancePath: instancePath + '/RefDtls/DocPerdDtls/InvStDt',
                  schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/properties/InvStDt/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err445];
                } else {
                  vErrors.push(err445);
                }
                errors++;
              }
            }
            if (data114.InvEndDt !== undefined) {
              let data116 = data114.InvEndDt;
              if (typeof data116 === 'string') {
                if (func3(data116) > 10) {
                  const err446 = {
                    instancePath: instancePath + '/RefDtls/DocPerdDtls/InvEndDt',
                    schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/properties/InvEndDt/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 10 },
                  };
                  if (vErrors === null) {
                    vErrors = [err446];
                  } else {
                    vErrors.push(err446);
                  }
                  errors++;
                }
                if (func3(data116) < 10) {
                  const err447 = {
                    instancePath: instancePath + '/RefDtls/DocPerdDtls/InvEndDt',
                    schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/properties/InvEndDt/minLength',
                    keyword: 'minLength',
                    params: { limit: 10 },
                  };
                  if (vErrors === null) {
                    vErrors = [err447];
                  } else {
                    vErrors.push(err447);
                  }
                  errors++;
                }
                if (!pattern7.test(data116)) {
                  const err448 = {
                    instancePath: instancePath + '/RefDtls/DocPerdDtls/InvEndDt',
                    schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/properties/InvEndDt/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err448];
                  } else {
                    vErrors.push(err448);
                  }
                  errors++;
                }
              } else {
                const err449 = {
                  instancePath: instancePath + '/RefDtls/DocPerdDtls/InvEndDt',
                  schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/properties/InvEndDt/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err449];
                } else {
                  vErrors.push(err449);
                }
                errors++;
              }
            }
          } else {
            const err450 = {
              instancePath: instancePath + '/RefDtls/DocPerdDtls',
              schemaPath: '#/properties/RefDtls/properties/DocPerdDtls/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err450];
            } else {
              vErrors.push(err450);
            }
            errors++;
          }
        }
        if (data112.PrecDocDtls !== undefined) {
          let data117 = data112.PrecDocDtls;
          if (Array.isArray(data117)) {
            const len2 = data117.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data118 = data117[i2];
              if (data118 && typeof data118 == 'object' && !Array.isArray(data118)) {
                if (data118.InvNo === undefined) {
                  const err451 = {
                    instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2,
                    schemaPath: '#/properties/RefDtls/properties/PrecDocDtls/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'InvNo' },
                  };
                  if (vErrors === null) {
                    vErrors = [err451];
                  } else {
                    vErrors.push(err451);
                  }
                  errors++;
                }
                if (data118.InvDt === undefined) {
                  const err452 = {
                    instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2,
                    schemaPath: '#/properties/RefDtls/properties/PrecDocDtls/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'InvDt' },
                  };
                  if (vErrors === null) {
                    vErrors = [err452];
                  } else {
                    vErrors.push(err452);
                  }
                  errors++;
                }
                for (const key14 in data118) {
                  if (!(key14 === 'InvNo' || key14 === 'InvDt' || key14 === 'OthRefNo')) {
                    const err453 = {
                      instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2,
                      schemaPath: '#/properties/RefDtls/properties/PrecDocDtls/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key14 },
                    };
                    if (vErrors === null) {
                      vErrors = [err453];
                    } else {
                      vErrors.push(err453);
                    }
                    errors++;
                  }
                }
                if (data118.InvNo !== undefined) {
                  let data119 = data118.InvNo;
                  if (typeof data119 === 'string') {
                    if (func3(data119) > 16) {
                      const err454 = {
                        instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/InvNo',
                        schemaPath:
                          '#/properties/RefDtls/properties/PrecDocDtls/items/properties/InvNo/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 16 },
                      };
                      if (vErrors === null) {
                        vErrors = [err454];
                      } else {
                        vErrors.push(err454);
                      }
                      errors++;
                    }
                    if (func3(data119) < 1) {
                      const err455 = {
                        instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/InvNo',
                        schemaPath:
                          '#/properties/RefDtls/properties/PrecDocDtls/items/properties/InvNo/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                      };
                      if (vErrors === null) {
                        vErrors = [err455];
                      } else {
                        vErrors.push(err455);
                      }
                      errors++;
                    }
                    if (!pattern64.test(data119)) {
                      const err456 = {
                        instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/InvNo',
                        schemaPath:
                          '#/properties/RefDtls/properties/PrecDocDtls/items/properties/InvNo/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[1-9a-zA-Z]{1}[0-9a-zA-Z/-]{1,15}$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err456];
                      } else {
                        vErrors.push(err456);
                      }
                      errors++;
                    }
                  } else {
                    const err457 = {
                      instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/InvNo',
                      schemaPath: '#/properties/RefDtls/properties/PrecDocDtls/items/properties/InvNo/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err457];
                    } else {
                      vErrors.push(err457);
                    }
                    errors++;
                  }
                }
                if (data118.InvDt !== undefined) {
                  let data120 = data118.InvDt;
                  if (typeof data120 === 'string') {
                    if (func3(data120) > 10) {
                      const err458 = {
                        instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/InvDt',
                        schemaPath:
                          '#/properties/RefDtls/properties/PrecDocDtls/items/properties/InvDt/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err458];
                      } else {
                        vErrors.push(err458);
                      }
                      errors++;
                    }
                    if (func3(data120) < 10) {
                      const err459 = {
                        instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/InvDt',
                        schemaPath:
                          '#/properties/RefDtls/properties/PrecDocDtls/items/properties/InvDt/minLength',
                        keyword: 'minLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err459];
                      } else {
                        vErrors.push(err459);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data120)) {
                      const err460 = {
                        instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/InvDt',
                        schemaPath:
                          '#/properties/RefDtls/properties/PrecDocDtls/items/properties/InvDt/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err460];
                      } else {
                        vErrors.push(err460);
                      }
                      errors++;
                    }
                  } else {
                    const err461 = {
                      instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/InvDt',
                      schemaPath: '#/properties/RefDtls/properties/PrecDocDtls/items/properties/InvDt/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err461];
                    } else {
                      vErrors.push(err461);
                    }
                    errors++;
                  }
                }
                if (data118.OthRefNo !== undefined) {
                  let data121 = data118.OthRefNo;
                  if (typeof data121 === 'string') {
                    if (func3(data121) > 20) {
                      const err462 = {
                        instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/OthRefNo',
                        schemaPath:
                          '#/properties/RefDtls/properties/PrecDocDtls/items/properties/OthRefNo/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 20 },
                      };
                      if (vErrors === null) {
                        vErrors = [err462];
                      } else {
                        vErrors.push(err462);
                      }
                      errors++;
                    }
                    if (func3(data121) < 1) {
                      const err463 = {
                        instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/OthRefNo',
                        schemaPath:
                          '#/properties/RefDtls/properties/PrecDocDtls/items/properties/OthRefNo/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                      };
                      if (vErrors === null) {
                        vErrors = [err463];
                      } else {
                        vErrors.push(err463);
                      }
                      errors++;
                    }
                    if (!pattern9.test(data121)) {
                      const err464 = {
                        instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/OthRefNo',
                        schemaPath:
                          '#/properties/RefDtls/properties/PrecDocDtls/items/properties/OthRefNo/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^([^"])*$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err464];
                      } else {
                        vErrors.push(err464);
                      }
                      errors++;
                    }
                  } else {
                    const err465 = {
                      instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2 + '/OthRefNo',
                      schemaPath:
                        '#/properties/RefDtls/properties/PrecDocDtls/items/properties/OthRefNo/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err465];
                    } else {
                      vErrors.push(err465);
                    }
                    errors++;
                  }
                }
              } else {
                const err466 = {
                  instancePath: instancePath + '/RefDtls/PrecDocDtls/' + i2,
                  schemaPath: '#/properties/RefDtls/properties/PrecDocDtls/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err466];
                } else {
                  vErrors.push(err466);
                }
                errors++;
              }
            }
          } else {
            const err467 = {
              instancePath: instancePath + '/RefDtls/PrecDocDtls',
              schemaPath: '#/properties/RefDtls/properties/PrecDocDtls/type',
              keyword: 'type',
              params: { type: 'array' },
            };
            if (vErrors === null) {
              vErrors = [err467];
            } else {
              vErrors.push(err467);
            }
            errors++;
          }
        }
        if (data112.ContrDtls !== undefined) {
          let data122 = data112.ContrDtls;
          if (Array.isArray(data122)) {
            const len3 = data122.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data123 = data122[i3];
              if (data123 && typeof data123 == 'object' && !Array.isArray(data123)) {
                for (const key15 in data123) {
                  if (!(
                    key15 === 'RecAdvRefr' ||
                    key15 === 'RecAdvDt' ||
                    key15 === 'TendRefr' ||
                    key15 === 'ContrRefr' ||
                    key15 === 'ExtRefr' ||
                    key15 === 'ProjRefr' ||
                    key15 === 'PORefr' ||
                    key15 === 'PORefDt'
                  )) {
                    const err468 = {
                      instancePath: instancePath + '/RefDtls/ContrDtls/' + i3,
                      schemaPath: '#/properties/RefDtls/properties/ContrDtls/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key15 },
                    };
                    if (vErrors === null) {
                      vErrors = [err468];
                    } else {
                      vErrors.push(err468);
                    }
                    errors++;
                  }
                }
                if (data123.RecAdvRefr !== undefined) {
                  let data124 = data123.RecAdvRefr;
                  if (typeof data124 === 'string') {
                    if (func3(data124) > 20) {
                      const err469 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/RecAdvRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/RecAdvRefr/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 20 },
                      };
                      if (vErrors === null) {
                        vErrors = [err469];
                      } else {
                        vErrors.push(err469);
                      }
                      errors++;
                    }
                    if (func3(data124) < 1) {
                      const err470 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/RecAdvRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/RecAdvRefr/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                      };
                      if (vErrors === null) {
                        vErrors = [err470];
                      } else {
                        vErrors.push(err470);
                      }
                      errors++;
                    }
                    if (!pattern9.test(data124)) {
                      const err471 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/RecAdvRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/RecAdvRefr/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^([^"])*$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err471];
                      } else {
                        vErrors.push(err471);
                      }
                      errors++;
                    }
                  } else {
                    const err472 = {
                      instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/RecAdvRefr',
                      schemaPath:
                        '#/properties/RefDtls/properties/ContrDtls/items/properties/RecAdvRefr/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err472];
                    } else {
                      vErrors.push(err472);
                    }
                    errors++;
                  }
                }
                if (data123.RecAdvDt !== undefined) {
                  let data125 = data123.RecAdvDt;
                  if (typeof data125 === 'string') {
                    if (func3(data125) > 10) {
                      const err473 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/RecAdvDt',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/RecAdvDt/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err473];
                      } else {
                        vErrors.push(err473);
                      }
                      errors++;
                    }
                    if (func3(data125) < 10) {
                      const err474 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/RecAdvDt',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/RecAdvDt/minLength',
                        keyword: 'minLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err474];
                      } else {
                        vErrors.push(err474);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data125)) {
                      const err475 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/RecAdvDt',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/RecAdvDt/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err475];
                      } else {
                        vErrors.push(err475);
                      }
                      errors++;
                    }
                  } else {
                    const err476 = {
                      instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/RecAdvDt',
                      schemaPath: '#/properties/RefDtls/properties/ContrDtls/items/properties/RecAdvDt/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err476];
                    } else {
                      vErrors.push(err476);
                    }
                    errors++;
                  }
                }
                if (data123.TendRefr !== undefined) {
                  let data126 = data123.TendRefr;
                  if (typeof data126 === 'string') {
                    if (func3(data126) > 20) {
                      const err477 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/TendRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/TendRefr/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 20 },
                      };
                      if (vErrors === null) {
                        vErrors = [err477];
                      } else {
                        vErrors.push(err477);
                      }
                      errors++;
                    }
                    if (func3(data126) < 1) {
                      const err478 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/TendRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/TendRefr/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                      };
                      if (vErrors === null) {
                        vErrors = [err478];
                      } else {
                        vErrors.push(err478);
                      }
                      errors++;
                    }
                    if (!pattern9.test(data126)) {
                      const err479 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/TendRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/TendRefr/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^([^"])*$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err479];
                      } else {
                        vErrors.push(err479);
                      }
                      errors++;
                    }
                  } else {
                    const err480 = {
                      instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/TendRefr',
                      schemaPath: '#/properties/RefDtls/properties/ContrDtls/items/properties/TendRefr/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err480];
                    } else {
                      vErrors.push(err480);
                    }
                    errors++;
                  }
                }
                if (data123.ContrRefr !== undefined) {
                  let data127 = data123.ContrRefr;
                  if (typeof data127 === 'string') {
                    if (func3(data127) > 20) {
                      const err481 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ContrRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/ContrRefr/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 20 },
                      };
                      if (vErrors === null) {
                        vErrors = [err481];
                      } else {
                        vErrors.push(err481);
                      }
                      errors++;
                    }
                    if (func3(data127) < 1) {
                      const err482 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ContrRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/ContrRefr/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                      };
                      if (vErrors === null) {
                        vErrors = [err482];
                      } else {
                        vErrors.push(err482);
                      }
                      errors++;
                    }
                    if (!pattern9.test(data127)) {
                      const err483 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ContrRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/ContrRefr/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^([^"])*$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err483];
                      } else {
                        vErrors.push(err483);
                      }
                      errors++;
                    }
                  } else {
                    const err484 = {
                      instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ContrRefr',
                      schemaPath: '#/properties/RefDtls/properties/ContrDtls/items/properties/ContrRefr/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err484];
                    } else {
                      vErrors.push(err484);
                    }
                    errors++;
                  }
                }
                if (data123.ExtRefr !== undefined) {
                  let data128 = data123.ExtRefr;
                  if (typeof data128 === 'string') {
                    if (func3(data128) > 20) {
                      const err485 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ExtRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/ExtRefr/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 20 },
                      };
                      if (vErrors === null) {
                        vErrors = [err485];
                      } else {
                        vErrors.push(err485);
                      }
                      errors++;
                    }
                    if (func3(data128) < 1) {
                      const err486 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ExtRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/ExtRefr/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                      };
                      if (vErrors === null) {
                        vErrors = [err486];
                      } else {
                        vErrors.push(err486);
                      }
                      errors++;
                    }
                    if (!pattern9.test(data128)) {
                      const err487 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ExtRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/ExtRefr/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^([^"])*$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err487];
                      } else {
                        vErrors.push(err487);
                      }
                      errors++;
                    }
                  } else {
                    const err488 = {
                      instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ExtRefr',
                      schemaPath: '#/properties/RefDtls/properties/ContrDtls/items/properties/ExtRefr/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err488];
                    } else {
                      vErrors.push(err488);
                    }
                    errors++;
                  }
                }
                if (data123.ProjRefr !== undefined) {
                  let data129 = data123.ProjRefr;
                  if (typeof data129 === 'string') {
                    if (func3(data129) > 20) {
                      const err489 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ProjRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/ProjRefr/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 20 },
                      };
                      if (vErrors === null) {
                        vErrors = [err489];
                      } else {
                        vErrors.push(err489);
                      }
                      errors++;
                    }
                    if (func3(data129) < 1) {
                      const err490 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ProjRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/ProjRefr/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                      };
                      if (vErrors === null) {
                        vErrors = [err490];
                      } else {
                        vErrors.push(err490);
                      }
                      errors++;
                    }
                    if (!pattern9.test(data129)) {
                      const err491 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ProjRefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/ProjRefr/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^([^"])*$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err491];
                      } else {
                        vErrors.push(err491);
                      }
                      errors++;
                    }
                  } else {
                    const err492 = {
                      instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/ProjRefr',
                      schemaPath: '#/properties/RefDtls/properties/ContrDtls/items/properties/ProjRefr/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err492];
                    } else {
                      vErrors.push(err492);
                    }
                    errors++;
                  }
                }
                if (data123.PORefr !== undefined) {
                  let data130 = data123.PORefr;
                  if (typeof data130 === 'string') {
                    if (func3(data130) > 16) {
                      const err493 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/PORefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/PORefr/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 16 },
                      };
                      if (vErrors === null) {
                        vErrors = [err493];
                      } else {
                        vErrors.push(err493);
                      }
                      errors++;
                    }
                    if (func3(data130) < 1) {
                      const err494 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/PORefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/PORefr/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                      };
                      if (vErrors === null) {
                        vErrors = [err494];
                      } else {
                        vErrors.push(err494);
                      }
                      errors++;
                    }
                    if (!pattern9.test(data130)) {
                      const err495 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/PORefr',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/PORefr/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^([^"])*$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err495];
                      } else {
                        vErrors.push(err495);
                      }
                      errors++;
                    }
                  } else {
                    const err496 = {
                      instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/PORefr',
                      schemaPath: '#/properties/RefDtls/properties/ContrDtls/items/properties/PORefr/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err496];
                    } else {
                      vErrors.push(err496);
                    }
                    errors++;
                  }
                }
                if (data123.PORefDt !== undefined) {
                  let data131 = data123.PORefDt;
                  if (typeof data131 === 'string') {
                    if (func3(data131) > 10) {
                      const err497 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/PORefDt',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/PORefDt/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err497];
                      } else {
                        vErrors.push(err497);
                      }
                      errors++;
                    }
                    if (func3(data131) < 10) {
                      const err498 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/PORefDt',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/PORefDt/minLength',
                        keyword: 'minLength',
                        params: { limit: 10 },
                      };
                      if (vErrors === null) {
                        vErrors = [err498];
                      } else {
                        vErrors.push(err498);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data131)) {
                      const err499 = {
                        instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/PORefDt',
                        schemaPath:
                          '#/properties/RefDtls/properties/ContrDtls/items/properties/PORefDt/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
                      };
                      if (vErrors === null) {
                        vErrors = [err499];
                      } else {
                        vErrors.push(err499);
                      }
                      errors++;
                    }
                  } else {
                    const err500 = {
                      instancePath: instancePath + '/RefDtls/ContrDtls/' + i3 + '/PORefDt',
                      schemaPath: '#/properties/RefDtls/properties/ContrDtls/items/properties/PORefDt/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err500];
                    } else {
                      vErrors.push(err500);
                    }
                    errors++;
                  }
                }
              } else {
                const err501 = {
                  instancePath: instancePath + '/RefDtls/ContrDtls/' + i3,
                  schemaPath: '#/properties/RefDtls/properties/ContrDtls/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err501];
                } else {
                  vErrors.push(err501);
                }
                errors++;
              }
            }
          } else {
            const err502 = {
              instancePath: instancePath + '/RefDtls/ContrDtls',
              schemaPath: '#/properties/RefDtls/properties/ContrDtls/type',
              keyword: 'type',
              params: { type: 'array' },
            };
            if (vErrors === null) {
              vErrors = [err502];
            } else {
              vErrors.push(err502);
            }
            errors++;
          }
        }
      } else {
        const err503 = {
          instancePath: instancePath + '/RefDtls',
          schemaPath: '#/properties/RefDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err503];
        } else {
          vErrors.push(err503);
        }
        errors++;
      }
    }
    if (data.AddlDocDtls !== undefined) {
      let data132 = data.AddlDocDtls;
      if (Array.isArray(data132)) {
        const len4 = data132.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data133 = data132[i4];
          if (data133 && typeof data133 == 'object' && !Array.isArray(data133)) {
            for (const key16 in data133) {
              if (!(key16 === 'Url' || key16 === 'Docs' || key16 === 'Info')) {
                const err504 = {
                  instancePath: instancePath + '/AddlDocDtls/' + i4,
                  schemaPath: '#/properties/AddlDocDtls/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key16 },
                };
                if (vErrors === null) {
                  vErrors = [err504];
                } else {
                  vErrors.push(err504);
                }
                errors++;
              }
            }
            if (data133.Url !== undefined) {
              let data134 = data133.Url;
              if (typeof data134 === 'string') {
                if (func3(data134) > 100) {
                  const err505 = {
                    instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Url',
                    schemaPath: '#/properties/AddlDocDtls/items/properties/Url/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 100 },
                  };
                  if (vErrors === null) {
                    vErrors = [err505];
                  } else {
                    vErrors.push(err505);
                  }
                  errors++;
                }
                if (func3(data134) < 3) {
                  const err506 = {
                    instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Url',
                    schemaPath: '#/properties/AddlDocDtls/items/properties/Url/minLength',
                    keyword: 'minLength',
                    params: { limit: 3 },
                  };
                  if (vErrors === null) {
                    vErrors = [err506];
                  } else {
                    vErrors.push(err506);
                  }
                  errors++;
                }
                if (!pattern9.test(data134)) {
                  const err507 = {
                    instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Url',
                    schemaPath: '#/properties/AddlDocDtls/items/properties/Url/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([^"])*$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err507];
                  } else {
                    vErrors.push(err507);
                  }
                  errors++;
                }
              } else {
                const err508 = {
                  instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Url',
                  schemaPath: '#/properties/AddlDocDtls/items/properties/Url/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err508];
                } else {
                  vErrors.push(err508);
                }
                errors++;
              }
            }
            if (data133.Docs !== undefined) {
              let data135 = data133.Docs;
              if (typeof data135 === 'string') {
                if (func3(data135) > 1000) {
                  const err509 = {
                    instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Docs',
                    schemaPath: '#/properties/AddlDocDtls/items/properties/Docs/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 1000 },
                  };
                  if (vErrors === null) {
                    vErrors = [err509];
                  } else {
                    vErrors.push(err509);
                  }
                  errors++;
                }
                if (func3(data135) < 3) {
                  const err510 = {
                    instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Docs',
                    schemaPath: '#/properties/AddlDocDtls/items/properties/Docs/minLength',
                    keyword: 'minLength',
                    params: { limit: 3 },
                  };
                  if (vErrors === null) {
                    vErrors = [err510];
                  } else {
                    vErrors.push(err510);
                  }
                  errors++;
                }
                if (!pattern9.test(data135)) {
                  const err511 = {
                    instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Docs',
                    schemaPath: '#/properties/AddlDocDtls/items/properties/Docs/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([^"])*$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err511];
                  } else {
                    vErrors.push(err511);
                  }
                  errors++;
                }
              } else {
                const err512 = {
                  instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Docs',
                  schemaPath: '#/properties/AddlDocDtls/items/properties/Docs/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err512];
                } else {
                  vErrors.push(err512);
                }
                errors++;
              }
            }
            if (data133.Info !== undefined) {
              let data136 = data133.Info;
              if (typeof data136 === 'string') {
                if (func3(data136) > 1000) {
                  const err513 = {
                    instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Info',
                    schemaPath: '#/properties/AddlDocDtls/items/properties/Info/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 1000 },
                  };
                  if (vErrors === null) {
                    vErrors = [err513];
                  } else {
                    vErrors.push(err513);
                  }
                  errors++;
                }
                if (func3(data136) < 3) {
                  const err514 = {
                    instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Info',
                    schemaPath: '#/properties/AddlDocDtls/items/properties/Info/minLength',
                    keyword: 'minLength',
                    params: { limit: 3 },
                  };
                  if (vErrors === null) {
                    vErrors = [err514];
                  } else {
                    vErrors.push(err514);
                  }
                  errors++;
                }
                if (!pattern9.test(data136)) {
                  const err515 = {
                    instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Info',
                    schemaPath: '#/properties/AddlDocDtls/items/properties/Info/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([^"])*$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err515];
                  } else {
                    vErrors.push(err515);
                  }
                  errors++;
                }
              } else {
                const err516 = {
                  instancePath: instancePath + '/AddlDocDtls/' + i4 + '/Info',
                  schemaPath: '#/properties/AddlDocDtls/items/properties/Info/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err516];
                } else {
                  vErrors.push(err516);
                }
                errors++;
              }
            }
          } else {
            const err517 = {
              instancePath: instancePath + '/AddlDocDtls/' + i4,
              schemaPath: '#/properties/AddlDocDtls/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err517];
            } else {
              vErrors.push(err517);
            }
            errors++;
          }
        }
      } else {
        const err518 = {
          instancePath: instancePath + '/AddlDocDtls',
          schemaPath: '#/properties/AddlDocDtls/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err518];
        } else {
          vErrors.push(err518);
        }
        errors++;
      }
    }
    if (data.ExpDtls !== undefined) {
      let data137 = data.ExpDtls;
      if (data137 && typeof data137 == 'object' && !Array.isArray(data137)) {
        for (const key17 in data137) {
          if (!(
            key17 === 'ShipBNo' ||
            key17 === 'ShipBDt' ||
            key17 === 'Port' ||
            key17 === 'RefClm' ||
            key17 === 'ForCur' ||
            key17 === 'CntCode' ||
            key17 === 'ExpDuty'
          )) {
            const err519 = {
              instancePath: instancePath + '/ExpDtls',
              schemaPath: '#/properties/ExpDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key17 },
            };
            if (vErrors === null) {
              vErrors = [err519];
            } else {
              vErrors.push(err519);
            }
            errors++;
          }
        }
        if (data137.ShipBNo !== undefined) {
          let data138 = data137.ShipBNo;
          if (typeof data138 === 'string') {
            if (func3(data138) > 20) {
              const err520 = {
                instancePath: instancePath + '/ExpDtls/ShipBNo',
                schemaPath: '#/properties/ExpDtls/properties/ShipBNo/maxLength',
                keyword: 'maxLength',
                params: { limit: 20 },
              };
              if (vErrors === null) {
                vErrors = [err520];
              } else {
                vErrors.push(err520);
              }
              errors++;
            }
            if (func3(data138) < 1) {
              const err521 = {
                instancePath: instancePath + '/ExpDtls/ShipBNo',
                schemaPath: '#/properties/ExpDtls/properties/ShipBNo/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err521];
              } else {
                vErrors.push(err521);
              }
              errors++;
            }
            if (!pattern9.test(data138)) {
              const err522 = {
                instancePath: instancePath + '/ExpDtls/ShipBNo',
                schemaPath: '#/properties/ExpDtls/properties/ShipBNo/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err522];
              } else {
                vErrors.push(err522);
              }
              errors++;
            }
          } else {
            const err523 = {
              instancePath: instancePath + '/ExpDtls/ShipBNo',
              schemaPath: '#/properties/ExpDtls/properties/ShipBNo/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err523];
            } else {
              vErrors.push(err523);
            }
            errors++;
          }
        }
        if (data137.ShipBDt !== undefined) {
          let data139 = data137.ShipBDt;
          if (typeof data139 === 'string') {
            if (func3(data139) > 10) {
              const err524 = {
                instancePath: instancePath + '/ExpDtls/ShipBDt',
                schemaPath: '#/properties/ExpDtls/properties/ShipBDt/maxLength',
                keyword: 'maxLength',
                params: { limit: 10 },
              };
              if (vErrors === null) {
                vErrors = [err524];
              } else {
                vErrors.push(err524);
              }
              errors++;
            }
            if (func3(data139) < 10) {
              const err525 = {
                instancePath: instancePath + '/ExpDtls/ShipBDt',
                schemaPath: '#/properties/ExpDtls/properties/ShipBDt/minLength',
                keyword: 'minLength',
                params: { limit: 10 },
              };
              if (vErrors === null) {
                vErrors = [err525];
              } else {
                vErrors.push(err525);
              }
              errors++;
            }
            if (!pattern7.test(data139)) {
              const err526 = {
                instancePath: instancePath + '/ExpDtls/ShipBDt',
                schemaPath: '#/properties/ExpDtls/properties/ShipBDt/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
              };
              if (vErrors === null) {
                vErrors = [err526];
              } else {
                vErrors.push(err526);
              }
              errors++;
            }
          } else {
            const err527 = {
              instancePath: instancePath + '/ExpDtls/ShipBDt',
              schemaPath: '#/properties/ExpDtls/properties/ShipBDt/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err527];
            } else {
              vErrors.push(err527);
            }
            errors++;
          }
        }
        if (data137.Port !== undefined) {
          let data140 = data137.Port;
          if (typeof data140 === 'string') {
            if (func3(data140) > 10) {
              const err528 = {
                instancePath: instancePath + '/ExpDtls/Port',
                schemaPath: '#/properties/ExpDtls/properties/Port/maxLength',
                keyword: 'maxLength',
                params: { limit: 10 },
              };
              if (vErrors === null) {
                vErrors = [err528];
              } else {
                vErrors.push(err528);
              }
              errors++;
            }
            if (func3(data140) < 2) {
              const err529 = {
                instancePath: instancePath + '/ExpDtls/Port',
                schemaPath: '#/properties/ExpDtls/properties/Port/minLength',
                keyword: 'minLength',
                params: { limit: 2 },
              };
              if (vErrors === null) {
                vErrors = [err529];
              } else {
                vErrors.push(err529);
              }
              errors++;
            }
            if (!pattern80.test(data140)) {
              const err530 = {
                instancePath: instancePath + '/ExpDtls/Port',
                schemaPath: '#/properties/ExpDtls/properties/Port/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-9|A-Z|a-z]{2,10}$' },
              };
              if (vErrors === null) {
                vErrors = [err530];
              } else {
                vErrors.push(err530);
              }
              errors++;
            }
          } else {
            const err531 = {
              instancePath: instancePath + '/ExpDtls/Port',
              schemaPath: '#/properties/ExpDtls/properties/Port/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err531];
            } else {
              vErrors.push(err531);
            }
            errors++;
          }
        }
        if (data137.RefClm !== undefined) {
          let data141 = data137.RefClm;
          if (typeof data141 === 'string') {
            if (func3(data141) > 1) {
              const err532 = {
                instancePath: instancePath + '/ExpDtls/RefClm',
                schemaPath: '#/properties/ExpDtls/properties/RefClm/maxLength',
                keyword: 'maxLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err532];
              } else {
                vErrors.push(err532);
              }
              errors++;
            }
            if (func3(data141) < 1) {
              const err533 = {
                instancePath: instancePath + '/ExpDtls/RefClm',
                schemaPath: '#/properties/ExpDtls/properties/RefClm/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err533];
              } else {
                vErrors.push(err533);
              }
              errors++;
            }
            if (!pattern2.test(data141)) {
              const err534 = {
                instancePath: instancePath + '/ExpDtls/RefClm',
                schemaPath: '#/properties/ExpDtls/properties/RefClm/pattern',
                keyword: 'pattern',
                params: { pattern: '^([Y|N]{1})$' },
              };
              if (vErrors === null) {
                vErrors = [err534];
              } else {
                vErrors.push(err534);
              }
              errors++;
            }
          } else {
            const err535 = {
              instancePath: instancePath + '/ExpDtls/RefClm',
              schemaPath: '#/properties/ExpDtls/properties/RefClm/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err535];
            } else {
              vErrors.push(err535);
            }
            errors++;
          }
        }
        if (data137.ForCur !== undefined) {
          let data142 = data137.ForCur;
          if (typeof data142 === 'string') {
            if (func3(data142) > 16) {
              const err536 = {
                instancePath: instancePath + '/ExpDtls/ForCur',
                schemaPath: '#/properties/ExpDtls/properties/ForCur/maxLength',
                keyword: 'maxLength',
                params: { limit: 16 },
              };
              if (vErrors === null) {
                vErrors = [err536];
              } else {
                vErrors.push(err536);
              }
              errors++;
            }
            if (func3(data142) < 3) {
              const err537 = {
                instancePath: instancePath + '/ExpDtls/ForCur',
                schemaPath: '#/properties/ExpDtls/properties/ForCur/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err537];
              } else {
                vErrors.push(err537);
              }
              errors++;
            }
            if (!pattern82.test(data142)) {
              const err538 = {
                instancePath: instancePath + '/ExpDtls/ForCur',
                schemaPath: '#/properties/ExpDtls/properties/ForCur/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Z|a-z]{3,16}$' },
              };
              if (vErrors === null) {
                vErrors = [err538];
              } else {
                vErrors.push(err538);
              }
              errors++;
            }
          } else {
            const err539 = {
              instancePath: instancePath + '/ExpDtls/ForCur',
              schemaPath: '#/properties/ExpDtls/properties/ForCur/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err539];
            } else {
              vErrors.push(err539);
            }
            errors++;
          }
        }
        if (data137.CntCode !== undefined) {
          let data143 = data137.CntCode;
          if (typeof data143 === 'string') {
            if (func3(data143) > 2) {
              const err540 = {
                instancePath: instancePath + '/ExpDtls/CntCode',
                schemaPath: '#/properties/ExpDtls/properties/CntCode/maxLength',
                keyword: 'maxLength',
                params: { limit: 2 },
              };
              if (vErrors === null) {
                vErrors = [err540];
              } else {
                vErrors.push(err540);
              }
              errors++;
            }
            if (func3(data143) < 2) {
              const err541 = {
                instancePath: instancePath + '/ExpDtls/CntCode',
                schemaPath: '#/properties/ExpDtls/properties/CntCode/minLength',
                keyword: 'minLength',
                params: { limit: 2 },
              };
              if (vErrors === null) {
                vErrors = [err541];
              } else {
                vErrors.push(err541);
              }
              errors++;
            }
            if (!pattern83.test(data143)) {
              const err542 = {
                instancePath: instancePath + '/ExpDtls/CntCode',
                schemaPath: '#/properties/ExpDtls/properties/CntCode/pattern',
                keyword: 'pattern',
                params: { pattern: '^([A-Z]{2})$' },
              };
              if (vErrors === null) {
                vErrors = [err542];
              } else {
                vErrors.push(err542);
              }
              errors++;
            }
          } else {
            const err543 = {
              instancePath: instancePath + '/ExpDtls/CntCode',
              schemaPath: '#/properties/ExpDtls/properties/CntCode/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err543];
            } else {
              vErrors.push(err543);
            }
            errors++;
          }
        }
        if (data137.ExpDuty !== undefined) {
          let data144 = data137.ExpDuty;
          if (typeof data144 == 'number' && isFinite(data144)) {
            if (data144 > 999999999999.99 || isNaN(data144)) {
              const err544 = {
                instancePath: instancePath + '/ExpDtls/ExpDuty',
                schemaPath: '#/properties/ExpDtls/properties/ExpDuty/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 999999999999.99 },
              };
              if (vErrors === null) {
                vErrors = [err544];
              } else {
                vErrors.push(err544);
              }
              errors++;
            }
            if (data144 < 0 || isNaN(data144)) {
              const err545 = {
                instancePath: instancePath + '/ExpDtls/ExpDuty',
                schemaPath: '#/properties/ExpDtls/properties/ExpDuty/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err545];
              } else {
                vErrors.push(err545);
              }
              errors++;
            }
          } else {
            const err546 = {
              instancePath: instancePath + '/ExpDtls/ExpDuty',
              schemaPath: '#/properties/ExpDtls/properties/ExpDuty/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err546];
            } else {
              vErrors.push(err546);
            }
            errors++;
          }
        }
      } else {
        const err547 = {
          instancePath: instancePath + '/ExpDtls',
          schemaPath: '#/properties/ExpDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err547];
        } else {
          vErrors.push(err547);
        }
        errors++;
      }
    }
    if (data.EwbDtls !== undefined) {
      let data145 = data.EwbDtls;
      if (data145 && typeof data145 == 'object' && !Array.isArray(data145)) {
        if (data145.Distance === undefined) {
          const err548 = {
            instancePath: instancePath + '/EwbDtls',
            schemaPath: '#/properties/EwbDtls/required',
            keyword: 'required',
            params: { missingProperty: 'Distance' },
          };
          if (vErrors === null) {
            vErrors = [err548];
          } else {
            vErrors.push(err548);
          }
          errors++;
        }
        for (const key18 in data145) {
          if (!(
            key18 === 'TransId' ||
            key18 === 'TransName' ||
            key18 === 'TransMode' ||
            key18 === 'Distance' ||
            key18 === 'TransDocNo' ||
            key18 === 'TransDocDt' ||
            key18 === 'VehNo' ||
            key18 === 'VehType'
          )) {
            const err549 = {
              instancePath: instancePath + '/EwbDtls',
              schemaPath: '#/properties/EwbDtls/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key18 },
            };
            if (vErrors === null) {
              vErrors = [err549];
            } else {
              vErrors.push(err549);
            }
            errors++;
          }
        }
        if (data145.TransId !== undefined) {
          let data146 = data145.TransId;
          if (typeof data146 === 'string') {
            if (func3(data146) > 15) {
              const err550 = {
                instancePath: instancePath + '/EwbDtls/TransId',
                schemaPath: '#/properties/EwbDtls/properties/TransId/maxLength',
                keyword: 'maxLength',
                params: { limit: 15 },
              };
              if (vErrors === null) {
                vErrors = [err550];
              } else {
                vErrors.push(err550);
              }
              errors++;
            }
            if (func3(data146) < 15) {
              const err551 = {
                instancePath: instancePath + '/EwbDtls/TransId',
                schemaPath: '#/properties/EwbDtls/properties/TransId/minLength',
                keyword: 'minLength',
                params: { limit: 15 },
              };
              if (vErrors === null) {
                vErrors = [err551];
              } else {
                vErrors.push(err551);
              }
              errors++;
            }
            if (!pattern3.test(data146)) {
              const err552 = {
                instancePath: instancePath + '/EwbDtls/TransId',
                schemaPath: '#/properties/EwbDtls/properties/TransId/pattern',
                keyword: 'pattern',
                params: { pattern: '^([0-9]{2}[0-9A-Z]{13})$' },
              };
              if (vErrors === null) {
                vErrors = [err552];
              } else {
                vErrors.push(err552);
              }
              errors++;
            }
          } else {
            const err553 = {
              instancePath: instancePath + '/EwbDtls/TransId',
              schemaPath: '#/properties/EwbDtls/properties/TransId/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err553];
            } else {
              vErrors.push(err553);
            }
            errors++;
          }
        }
        if (data145.TransName !== undefined) {
          let data147 = data145.TransName;
          if (typeof data147 === 'string') {
            if (func3(data147) > 100) {
              const err554 = {
                instancePath: instancePath + '/EwbDtls/TransName',
                schemaPath: '#/properties/EwbDtls/properties/TransName/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
              };
              if (vErrors === null) {
                vErrors = [err554];
              } else {
                vErrors.push(err554);
              }
              errors++;
            }
            if (func3(data147) < 3) {
              const err555 = {
                instancePath: instancePath + '/EwbDtls/TransName',
                schemaPath: '#/properties/EwbDtls/properties/TransName/minLength',
                keyword: 'minLength',
                params: { limit: 3 },
              };
              if (vErrors === null) {
                vErrors = [err555];
              } else {
                vErrors.push(err555);
              }
              errors++;
            }
            if (!pattern9.test(data147)) {
              const err556 = {
                instancePath: instancePath + '/EwbDtls/TransName',
                schemaPath: '#/properties/EwbDtls/properties/TransName/pattern',
                keyword: 'pattern',
                params: { pattern: '^([^"])*$' },
              };
              if (vErrors === null) {
                vErrors = [err556];
              } else {
                vErrors.push(err556);
              }
              errors++;
            }
          } else {
            const err557 = {
              instancePath: instancePath + '/EwbDtls/TransName',
              schemaPath: '#/properties/EwbDtls/properties/TransName/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err557];
            } else {
              vErrors.push(err557);
            }
            errors++;
          }
        }
        if (data145.TransMode !== undefined) {
          let data148 = data145.TransMode;
          if (!(data148 === '1' || data148 === '2' || data148 === '3' || data148 === '4')) {
            const err558 = {
              instancePath: instancePath + '/EwbDtls/TransMode',
              schemaPath: '#/properties/EwbDtls/properties/TransMode/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.EwbDtls.properties.TransMode.enum },
            };
            if (vErrors === null) {
              vErrors = [err558];
            } else {
              vErrors.push(err558);
            }
            errors++;
          }
          if (typeof data148 === 'string') {
            if (func3(data148) > 1) {
              const err559 = {
                instancePath: instancePath + '/EwbDtls/TransMode',
                schemaPath: '#/properties/EwbDtls/properties/TransMode/maxLength',
                keyword: 'maxLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err559];
              } else {
                vErrors.push(err559);
              }
              errors++;
            }
            if (func3(data148) < 1) {
              const err560 = {
                instancePath: instancePath + '/EwbDtls/TransMode',
                schemaPath: '#/properties/EwbDtls/properties/TransMode/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err560];
              } else {
                vErrors.push(err560);
              }
              errors++;
            }
            if (!pattern86.test(data148)) {
              const err561 = {
                instancePath: instancePath + '/EwbDtls/TransMode',
                schemaPath: '#/properties/EwbDtls/properties/TransMode/pattern',
                keyword: 'pattern',
                params: { pattern: '^([1-4]{1})?$' },
              };
              if (vErrors === null) {
                vErrors = [err561];
              } else {
                vErrors.push(err561);
              }
              errors++;
            }
          } else {
            const err562 = {
              instancePath: instancePath + '/EwbDtls/TransMode',
              schemaPath: '#/properties/EwbDtls/properties/TransMode/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err562];
            } else {
              vErrors.push(err562);
            }
            errors++;
          }
        }
        if (data145.Distance !== undefined) {
          let data149 = data145.Distance;
          if (typeof data149 == 'number' && isFinite(data149)) {
            if (data149 > 4000 || isNaN(data149)) {
              const err563 = {
                instancePath: instancePath + '/EwbDtls/Distance',
                schemaPath: '#/properties/EwbDtls/properties/Distance/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 4000 },
              };
              if (vErrors === null) {
                vErrors = [err563];
              } else {
                vErrors.push(err563);
              }
              errors++;
            }
            if (data149 < 0 || isNaN(data149)) {
              const err564 = {
                instancePath: instancePath + '/EwbDtls/Distance',
                schemaPath: '#/properties/EwbDtls/properties/Distance/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err564];
              } else {
                vErrors.push(err564);
              }
              errors++;
            }
          } else {
            const err565 = {
              instancePath: instancePath + '/EwbDtls/Distance',
              schemaPath: '#/properties/EwbDtls/properties/Distance/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err565];
            } else {
              vErrors.push(err565);
            }
            errors++;
          }
        }
        if (data145.TransDocNo !== undefined) {
          let data150 = data145.TransDocNo;
          if (typeof data150 === 'string') {
            if (func3(data150) > 15) {
              const err566 = {
                instancePath: instancePath + '/EwbDtls/TransDocNo',
                schemaPath: '#/properties/EwbDtls/properties/TransDocNo/maxLength',
                keyword: 'maxLength',
                params: { limit: 15 },
              };
              if (vErrors === null) {
                vErrors = [err566];
              } else {
                vErrors.push(err566);
              }
              errors++;
            }
            if (func3(data150) < 1) {
              const err567 = {
                instancePath: instancePath + '/EwbDtls/TransDocNo',
                schemaPath: '#/properties/EwbDtls/properties/TransDocNo/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err567];
              } else {
                vErrors.push(err567);
              }
              errors++;
            }
            if (!pattern87.test(data150)) {
              const err568 = {
                instancePath: instancePath + '/EwbDtls/TransDocNo',
                schemaPath: '#/properties/EwbDtls/properties/TransDocNo/pattern',
                keyword: 'pattern',
                params: { pattern: '^([a-zA-Z0-9/-]{1,15})$' },
              };
              if (vErrors === null) {
                vErrors = [err568];
              } else {
                vErrors.push(err568);
              }
              errors++;
            }
          } else {
            const err569 = {
              instancePath: instancePath + '/EwbDtls/TransDocNo',
              schemaPath: '#/properties/EwbDtls/properties/TransDocNo/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err569];
            } else {
              vErrors.push(err569);
            }
            errors++;
          }
        }
        if (data145.TransDocDt !== undefined) {
          let data151 = data145.TransDocDt;
          if (typeof data151 === 'string') {
            if (func3(data151) > 10) {
              const err570 = {
                instancePath: instancePath + '/EwbDtls/TransDocDt',
                schemaPath: '#/properties/EwbDtls/properties/TransDocDt/maxLength',
                keyword: 'maxLength',
                params: { limit: 10 },
              };
              if (vErrors === null) {
                vErrors = [err570];
              } else {
                vErrors.push(err570);
              }
              errors++;
            }
            if (func3(data151) < 10) {
              const err571 = {
                instancePath: instancePath + '/EwbDtls/TransDocDt',
                schemaPath: '#/properties/EwbDtls/properties/TransDocDt/minLength',
                keyword: 'minLength',
                params: { limit: 10 },
              };
              if (vErrors === null) {
                vErrors = [err571];
              } else {
                vErrors.push(err571);
              }
              errors++;
            }
            if (!pattern7.test(data151)) {
              const err572 = {
                instancePath: instancePath + '/EwbDtls/TransDocDt',
                schemaPath: '#/properties/EwbDtls/properties/TransDocDt/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$' },
              };
              if (vErrors === null) {
                vErrors = [err572];
              } else {
                vErrors.push(err572);
              }
              errors++;
            }
          } else {
            const err573 = {
              instancePath: instancePath + '/EwbDtls/TransDocDt',
              schemaPath: '#/properties/EwbDtls/properties/TransDocDt/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err573];
            } else {
              vErrors.push(err573);
            }
            errors++;
          }
        }
        if (data145.VehNo !== undefined) {
          let data152 = data145.VehNo;
          if (typeof data152 === 'string') {
            if (func3(data152) > 20) {
              const err574 = {
                instancePath: instancePath + '/EwbDtls/VehNo',
                schemaPath: '#/properties/EwbDtls/properties/VehNo/maxLength',
                keyword: 'maxLength',
                params: { limit: 20 },
              };
              if (vErrors === null) {
                vErrors = [err574];
              } else {
                vErrors.push(err574);
              }
              errors++;
            }
            if (func3(data152) < 4) {
              const err575 = {
                instancePath: instancePath + '/EwbDtls/VehNo',
                schemaPath: '#/properties/EwbDtls/properties/VehNo/minLength',
                keyword: 'minLength',
                params: { limit: 4 },
              };
              if (vErrors === null) {
                vErrors = [err575];
              } else {
                vErrors.push(err575);
              }
              errors++;
            }
            if (!pattern89.test(data152)) {
              const err576 = {
                instancePath: instancePath + '/EwbDtls/VehNo',
                schemaPath: '#/properties/EwbDtls/properties/VehNo/pattern',
                keyword: 'pattern',
                params: { pattern: '^([A-Z|a-z|0-9]{4,20})$' },
              };
              if (vErrors === null) {
                vErrors = [err576];
              } else {
                vErrors.push(err576);
              }
              errors++;
            }
          } else {
            const err577 = {
              instancePath: instancePath + '/EwbDtls/VehNo',
              schemaPath: '#/properties/EwbDtls/properties/VehNo/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err577];
            } else {
              vErrors.push(err577);
            }
            errors++;
          }
        }
        if (data145.VehType !== undefined) {
          let data153 = data145.VehType;
          if (!(data153 === 'O' || data153 === 'R')) {
            const err578 = {
              instancePath: instancePath + '/EwbDtls/VehType',
              schemaPath: '#/properties/EwbDtls/properties/VehType/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.EwbDtls.properties.VehType.enum },
            };
            if (vErrors === null) {
              vErrors = [err578];
            } else {
              vErrors.push(err578);
            }
            errors++;
          }
          if (typeof data153 === 'string') {
            if (func3(data153) > 1) {
              const err579 = {
                instancePath: instancePath + '/EwbDtls/VehType',
                schemaPath: '#/properties/EwbDtls/properties/VehType/maxLength',
                keyword: 'maxLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err579];
              } else {
                vErrors.push(err579);
              }
              errors++;
            }
            if (func3(data153) < 1) {
              const err580 = {
                instancePath: instancePath + '/EwbDtls/VehType',
                schemaPath: '#/properties/EwbDtls/properties/VehType/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err580];
              } else {
                vErrors.push(err580);
              }
              errors++;
            }
            if (!pattern90.test(data153)) {
              const err581 = {
                instancePath: instancePath + '/EwbDtls/VehType',
                schemaPath: '#/properties/EwbDtls/properties/VehType/pattern',
                keyword: 'pattern',
                params: { pattern: '^([O|R]{1})$' },
              };
              if (vErrors === null) {
                vErrors = [err581];
              } else {
                vErrors.push(err581);
              }
              errors++;
            }
          } else {
            const err582 = {
              instancePath: instancePath + '/EwbDtls/VehType',
              schemaPath: '#/properties/EwbDtls/properties/VehType/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err582];
            } else {
              vErrors.push(err582);
            }
            errors++;
          }
        }
      } else {
        const err583 = {
          instancePath: instancePath + '/EwbDtls',
          schemaPath: '#/properties/EwbDtls/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err583];
        } else {
          vErrors.push(err583);
        }
        errors++;
      }
    }
  } else {
    const err584 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err584];
    } else {
      vErrors.push(err584);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
