/** Document date: real calendar date, not in the future, inside the reporting window for large taxpayers. */
import { formatIstDate, parseIstDate } from '../../shared/time/ist';
import { customError, irpError, type IrpError } from '../errors';
import type { RuleContext } from './context';
import type { Invoice } from './invoice';
import { isoOfDocDate } from './parties';

const DAY_MS = 86_400_000;

/** The AATO threshold in force on an IST date, or null before the first step. */
function reportingThreshold(ctx: RuleContext, todayIso: string): number | null {
  let threshold: number | null = null;
  for (const step of ctx.config.reportingWindowSteps) if (todayIso >= step.from) threshold = step.aatoPaise;
  return threshold;
}

export function dateRules(inv: Invoice, ctx: RuleContext): IrpError[] {
  const out: IrpError[] = [];
  const docDay = parseIstDate(inv.DocDtls.Dt);
  if (!docDay) return [irpError('2144')];
  const today = parseIstDate(formatIstDate(ctx.now)) as Date;
  if (docDay.getTime() > today.getTime()) out.push(irpError('2163'));

  const seller = ctx.master.get(inv.SellerDtls.Gstin);
  const threshold = reportingThreshold(ctx, isoOfDocDate(formatIstDate(ctx.now)));
  const days = ctx.config.reportingWindowDays;
  if (threshold !== null && (seller?.aatoPaise ?? 0) >= threshold) {
    if (today.getTime() - docDay.getTime() > days * DAY_MS) {
      const crore = threshold / 1e9;
      out.push(
        customError(
          ctx.config.reportingWindowCode,
          `The document date ${inv.DocDtls.Dt} (DocDtls.Dt) is more than ${days} days old: taxpayers with AATO of ` +
            `Rs. ${crore} crore or more must report documents within ${days} days of their date`,
        ),
      );
    }
  }

  if (ctx.config.strictPrecedingDocuments) {
    const hasPreceding = (inv.RefDtls?.PrecDocDtls?.length ?? 0) > 0;
    const type = inv.DocDtls.Typ.toUpperCase();
    if (type !== 'INV' && !hasPreceding) out.push(irpError('2191'));
    if (type === 'INV' && hasPreceding) out.push(irpError('2210'));
  }
  return out;
}
