import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useEffect } from 'react';
import type { DocType } from '../../shared/api/types';
import { useLoad } from '../desk/useLoad';
import { LoadGate } from '../screens/LoadGate';
import { ScreenFrame } from '../screens/ScreenFrame';
import { invoiceHref } from '../shell/routes';
import { FIELD_ATTRIBUTE } from './editorKeys';
import { stateFromInvoice, type EditorState } from './editorModel';
import { InvoiceEditor } from './InvoiceEditor';

const TITLES: Record<DocType, string> = { INV: 'New invoice', CRN: 'New credit note', DBN: 'New debit note' };

type Loaded = { state: EditorState; editable: boolean; status: string };

/** `#/invoices/new?type=…` (a blank document from `invoice-new`) or `#/invoices/<id>/edit`. */
export function InvoiceEditorScreen({ id, docType = 'INV' }: { id?: number; docType?: DocType }) {
  const { state, reload } = useLoad<Loaded>(
    async (api) => {
      if (id === undefined) {
        const blank = await api['invoice-new']({ docType });
        return { state: stateFromInvoice(blank, null, null), editable: true, status: 'new' };
      }
      const view = await api['invoice-get']({ id });
      return {
        state: stateFromInvoice(view.invoice, view.id, view.partyId),
        editable: view.status === 'draft' || view.status === 'failed',
        status: view.status,
      };
    },
    `${id ?? 'new'}:${docType}`,
  );
  const loaded = state.data;
  const title =
    id === undefined ? TITLES[docType] : `Edit ${loaded ? loaded.state.invoice.docNo : `invoice ${id}`}`;

  // Start where entry starts: the buyer (after ScreenFrame has focused the heading).
  useEffect(() => {
    if (!loaded?.editable) return;
    const timer = window.setTimeout(() => {
      const first = document.querySelector<HTMLElement>(
        `[${FIELD_ATTRIBUTE}="${loaded.state.invoice.buyer.legalName ? 'docNo' : 'party'}"]`,
      );
      first?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [loaded]);

  return (
    <ScreenFrame title={title}>
      <LoadGate state={state} what="invoice" reload={reload}>
        {(data) =>
          data.editable ? (
            <InvoiceEditor initial={data.state} />
          ) : (
            <Alert
              severity="info"
              action={
                <Button color="inherit" href={invoiceHref.view(data.state.id ?? 0)}>
                  Open it
                </Button>
              }
            >
              This document is {data.status} and can no longer be changed.
            </Alert>
          )
        }
      </LoadGate>
    </ScreenFrame>
  );
}
