import { describe, expect, it } from 'vitest';
import { interStateInvoice } from '../irp/test-fixtures';
import { requestText } from '../irp/request-text';
import type { Inv01Invoice } from '../../shared/inv01';
import { generatePayload, generatePayloadJson } from './payload';

describe('outbox payload', () => {
  it('writes the same JSON as JSON.stringify, reusing the INV-01 text already written', () => {
    const inv01 = interStateInvoice('PAY/1', new Date('2026-11-25T06:00:00Z')) as unknown as Inv01Invoice;
    requestText(inv01);
    const payload = generatePayload(inv01);
    expect(generatePayloadJson(payload)).toBe(JSON.stringify(payload));
    expect(JSON.parse(generatePayloadJson(payload))).toEqual(payload);
  });
});
