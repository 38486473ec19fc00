/**
 * The register as a virtualised table: a fixed row height, only the rows in view (plus a few
 * beyond each edge) in the DOM, and pages fetched as they come into view, so 100,000 rows
 * scroll as smoothly as 10. `total` sizes the scroll area. Generated and cancelled invoices can
 * be ticked (click, or Space on the focused row) and printed together into one PDF.
 */
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Tooltip from '@mui/material/Tooltip';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { InvoiceRow } from '../../shared/api/types';
import { formatRupees } from '../../shared/format/indian';
import { formatAckDate } from '../format/amounts';
import { DOC_TYPE_LABELS, StatusChip } from '../invoices/StatusChip';
import { SelectionBar } from './SelectionBar';
import { coverage, notPrintableReason, printableIds, toggled, toggledAll } from './selection';
import { computeWindow, pagesFor } from './virtualWindow';
import { PAGE_SIZE, type RegisterRows } from './useRegisterRows';

export const ROW_HEIGHT = 56;
const OVERSCAN = 8;
/** Used until the container is measured (and in tests, where nothing has a size). */
const FALLBACK_VIEWPORT = 560;
const COLUMNS = '48px 1.3fr 0.8fr 2fr 1fr 0.9fr 1.4fr';

const cell = { px: 1.5, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** A click on the box ticks it and must not also open the invoice under it. */
const keepToCell = (event: MouseEvent) => event.stopPropagation();

function SelectCell({
  row,
  selected,
  onToggle,
}: {
  row: InvoiceRow;
  selected: boolean;
  onToggle: (id: number) => void;
}) {
  const reason = notPrintableReason(row.status);
  const box = (
    <Checkbox
      size="small"
      checked={selected}
      disabled={reason !== null}
      onChange={() => onToggle(row.id)}
      // The row is the keyboard stop (Space ticks it); one stop per row keeps Tab usable.
      tabIndex={-1}
      slotProps={{
        input: {
          'aria-label': reason ? `${row.docNo} cannot be printed` : `Select ${row.docNo} for printing`,
          ...(reason ? { 'aria-description': reason } : {}),
        } as object,
      }}
    />
  );
  return (
    <Box role="cell" onClick={keepToCell} sx={{ pl: 0.5 }}>
      {reason ? (
        <Tooltip title={reason}>
          {/* A disabled input gets no mouse events: the tooltip listens on this span. */}
          <span>{box}</span>
        </Tooltip>
      ) : (
        box
      )}
    </Box>
  );
}

function RowCells({ row }: { row: InvoiceRow }) {
  return (
    <>
      <Box role="cell" sx={cell}>
        <strong>{row.docNo}</strong>
        <br />
        <small>{DOC_TYPE_LABELS[row.docType]}</small>
      </Box>
      <Box role="cell" sx={cell}>
        {row.docDate}
      </Box>
      <Box role="cell" sx={cell}>
        {row.buyerName}
        <br />
        <small style={{ fontFamily: 'monospace' }}>{row.buyerGstin ?? 'Unregistered'}</small>
      </Box>
      <Box role="cell" sx={{ ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {formatRupees(row.totalPaise)}
      </Box>
      <Box role="cell" sx={cell}>
        <StatusChip status={row.status} />
      </Box>
      <Box role="cell" sx={cell}>
        {row.ackNo ? (
          <>
            {row.ackNo}
            <br />
            <small>{row.ackDt ? formatAckDate(row.ackDt) : ''}</small>
          </>
        ) : (
          '—'
        )}
      </Box>
    </>
  );
}

export function VirtualRegister({
  rows,
  total,
  onOpen,
}: {
  rows: RegisterRows;
  total: number;
  onOpen: (row: InvoiceRow) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const toggle = (id: number) => setSelected((s) => toggled(s, id));
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const win = computeWindow({
    scrollTop,
    viewportHeight: viewport,
    rowHeight: ROW_HEIGHT,
    total,
    overscan: OVERSCAN,
  });
  const { ensurePages } = rows;
  useEffect(() => {
    ensurePages(pagesFor(win, PAGE_SIZE));
  }, [win.start, win.end, ensurePages]); // eslint-disable-line react-hooks/exhaustive-deps

  // "On screen" is what the viewport shows, not the overscan rendered beyond its edges.
  const firstOnScreen = Math.floor(Math.max(0, scrollTop) / ROW_HEIGHT);
  const lastOnScreen = Math.min(total, Math.ceil((Math.max(0, scrollTop) + viewport) / ROW_HEIGHT));
  const onScreen: Array<InvoiceRow | undefined> = [];
  for (let i = firstOnScreen; i < lastOnScreen; i++) onScreen.push(rows.row(i));
  const onScreenIds = printableIds(onScreen);
  const screenCoverage = coverage(selected, onScreenIds);

  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, row: InvoiceRow | undefined, index: number) => {
    if (event.key === ' ' && event.target === event.currentTarget) {
      event.preventDefault();
      if (row && notPrintableReason(row.status) === null) toggle(row.id);
    } else if (event.key === 'Enter' && row) {
      event.preventDefault();
      onOpen(row);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      const target = scroller.current?.querySelector<HTMLElement>(`[aria-rowindex="${next + 2}"]`);
      target?.focus();
    }
  };

  const visible = [];
  for (let i = win.start; i < win.end; i++) {
    const row = rows.row(i);
    const isSelected = row !== undefined && selected.has(row.id);
    visible.push(
      <Box
        key={i}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={row && notPrintableReason(row.status) === null ? isSelected : undefined}
        tabIndex={0}
        onClick={() => row && onOpen(row)}
        onKeyDown={(e) => onRowKey(e, row, i)}
        sx={{
          position: 'absolute',
          top: i * ROW_HEIGHT,
          left: 0,
          right: 0,
          height: ROW_HEIGHT,
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          alignItems: 'center',
          borderBottom: 1,
          borderColor: 'divider',
          cursor: row ? 'pointer' : 'default',
          fontSize: 14,
          bgcolor: isSelected ? 'action.selected' : undefined,
          '&:hover, &:focus': { bgcolor: 'action.hover', outline: 'none' },
        }}
      >
        {row ? (
          <>
            <SelectCell row={row} selected={isSelected} onToggle={toggle} />
            <RowCells row={row} />
          </>
        ) : (
          <Box role="cell" sx={{ ...cell, color: 'text.secondary' }}>
            Loading…
          </Box>
        )}
      </Box>,
    );
  }

  return (
    <>
      <SelectionBar ids={[...selected]} onClear={() => setSelected(new Set())} />
      <Box
        role="table"
        aria-label="Invoices"
        aria-rowcount={total + 1}
        sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        <Box role="rowgroup">
          <Box
            role="row"
            aria-rowindex={1}
            sx={{
              display: 'grid',
              gridTemplateColumns: COLUMNS,
              fontWeight: 600,
              fontSize: 14,
              py: 1,
              borderBottom: 1,
              borderColor: 'divider',
              bgcolor: 'background.paper',
            }}
          >
            <Box role="columnheader" sx={{ pl: 0.5 }}>
              <Checkbox
                size="small"
                checked={screenCoverage === 'all'}
                indeterminate={screenCoverage === 'some'}
                disabled={onScreenIds.length === 0}
                onChange={() => setSelected((s) => toggledAll(s, onScreenIds))}
                slotProps={{ input: { 'aria-label': 'Select all on screen' } as object }}
              />
            </Box>
            {['Document', 'Date', 'Buyer', 'Total', 'Status', 'Acknowledgement'].map((h) => (
              <Box role="columnheader" key={h} sx={{ ...cell, textAlign: h === 'Total' ? 'right' : 'left' }}>
                {h}
              </Box>
            ))}
          </Box>
        </Box>
        <Box
          role="rowgroup"
          ref={scroller}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          sx={{ height: 'calc(100vh - 360px)', minHeight: 280, overflowY: 'auto', position: 'relative' }}
        >
          <Box sx={{ height: total * ROW_HEIGHT, position: 'relative' }}>{visible}</Box>
        </Box>
      </Box>
    </>
  );
}
