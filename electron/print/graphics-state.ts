/**
 * pdfkit writes a graphics-state setting only when it changes what is set.
 *
 * Why: pdfmake sets the width, dash, join, cap, colour and opacity of every table rule it
 * strokes, and the colour and opacity of every text it draws, in full each time ("1 w",
 * "[] 0 d", "0 j", "0 J", "/DeviceRGB CS", "0 0 0 SCN", "/Gs1 gs"). On an invoice page about
 * half of the ~2,900 operators set what was already set (1,470 of them; the page's content went
 * from 37 to 24 KB before deflating), and writing them (normalising colours, formatting numbers,
 * looking up the opacity's ExtGState) took ~6 % of the render time.
 * Here the document remembers, page by page, what each of these settings is; a call that would
 * set it to what it is writes nothing.
 *
 * Same pages: in PDF these settings are part of the graphics state, which keeps them until they
 * are set again or a `Q` restores what a `q` saved (ISO 32000-1, 8.4). So the memory follows
 * `save`/`restore` as a stack, starts empty on each page (the first setting is always written),
 * and forgets a colour set some other way (a gradient, a pattern, a named spot colour). pdfmake
 * draws through these methods only; SVGs are drawn by a bundled library that may write
 * operators itself, so the memory is off while one is drawn and empty after.
 * `graphics-state.test.ts` replays random call sequences against pdfkit's own setters and
 * compares the state in force at every stroke and fill, and compares pages pixel for pixel (the
 * files differ: fewer operators, and ExtGStates pdfkit never needed to create).
 *
 * Like the other hooks here, it replaces pdfkit's methods only when their source is the version
 * this was written against.
 */
import { exportedClass, sourceHash } from './module-internals';

/** What is known to be set; a missing entry is unknown and is written when asked for. */
interface Settings {
  width?: string | undefined;
  cap?: string | undefined;
  join?: string | undefined;
  dash?: string | undefined;
  fill?: string | undefined;
  stroke?: string | undefined;
  fillOpacity?: number;
  strokeOpacity?: number;
}

interface PageMemory {
  now: Settings;
  /** What each unrestored `save` saved. */
  saved: Settings[];
}

interface DocumentLike {
  page: object;
  spotColors?: Record<string, unknown>;
}

type Method = (this: DocumentLike, ...args: unknown[]) => unknown;

const HOOKED = [
  'save',
  'restore',
  'lineWidth',
  'lineCap',
  'lineJoin',
  'dash',
  'undash',
  '_doOpacity',
  '_setColor',
] as const;

type Hooked = (typeof HOOKED)[number];

/** SHA-256 of pdfkit 0.19.1's methods that the memory stands in front of. */
const REVIEWED: Record<Hooked, string> = {
  save: '1511f9cc6ffcc7f44d70468e2e1fea770912fb65783839a331974f65f6ccc015',
  restore: 'd48f8d8c29208f2f3bd7687a86e59e5ad508209441627a36be06c97659aad53e',
  lineWidth: 'a86809c8df8bd825d4b7f4d74db7edbf24e5f5bafc35c13ffe5a6323fd2d06a9',
  lineCap: 'b01d667ad20c99501c390b5acd5852ba49840f1fd8eea79332a416bc6f9841f7',
  lineJoin: 'b39754e8e72bd1dc113c1cc2dba5aca324cfd5309281d788ca90a3d6bf9c9be8',
  dash: '3e32a9b53c836f915e55053fd6765a94921cc65ed1639094b600260206a1d8f4',
  undash: '61cc1d39270f5f136def850a2a17f6a69389ec6e0e526c7d83b4509453af88da',
  _doOpacity: '3ced32bde650f4521f0d5b599452c188387dc97bd22a9f1a47a43b61d548dfed',
  _setColor: 'e2f08a5f33a861137f6896d1b7f50fc4e4a79a7521a3932a37aa46b10457cb41',
};

type Stock = Record<Hooked, Method>;

/** Where a page keeps its memory, and a document that draws an SVG its pause. */
const MEMORY = Symbol('einvoice-desk.print.graphicsState');
const PAUSED = Symbol('einvoice-desk.print.graphicsStatePaused');

type Holder = { [MEMORY]?: PageMemory; [PAUSED]?: boolean };

function memoryOf(doc: DocumentLike): PageMemory | null {
  if ((doc as Holder)[PAUSED]) return null;
  const page = doc.page as Holder;
  return (page[MEMORY] ??= { now: {}, saved: [] });
}

/** pdfkit clamps opacities to 0–1 before writing them. */
const clamp = (value: number) => Math.max(0, Math.min(1, value));

/**
 * Memory keys: equal keys write the same operators. A setting with no key (undefined) is one
 * pdfkit would write oddly or refuse (an unknown cap name, a non-finite width or dash): it goes
 * to pdfkit every time, and leaves that setting unknown.
 */
const STYLE_NUMBERS = [0, 1, 2];

function styleKey(value: unknown, names: readonly string[]): string | undefined {
  if (typeof value === 'number') return STYLE_NUMBERS.includes(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const index = names.indexOf(value.toUpperCase());
  return index < 0 ? undefined : String(index);
}

const CAPS = ['BUTT', 'ROUND', 'SQUARE'];
const JOINS = ['MITER', 'ROUND', 'BEVEL'];

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function widthKey(width: unknown): string | undefined {
  return finite(width) ? String(width) : undefined;
}

/** As pdfkit reads dash(length, { space, phase }): the lengths it writes and the phase. */
function dashKey(length: unknown, options: unknown): string | undefined {
  const o = (options ?? {}) as { space?: unknown; phase?: unknown };
  const lengths: unknown[] = Array.isArray(length) ? length : [length, o.space || length];
  const phase = o.phase || 0;
  if (!lengths.every((l) => finite(l) && l > 0) || !finite(phase)) return undefined;
  return `${lengths.join(' ')}|${phase}`;
}

/** A colour's memory key: colour names, hex strings and numeric arrays (told apart); none for others. */
function colourKey(doc: DocumentLike, colour: unknown): string | undefined {
  // A spot colour's name can be given a new definition; its uses are always written.
  if (typeof colour === 'string') return doc.spotColors?.[colour] ? undefined : `s:${colour}`;
  if (Array.isArray(colour) && colour.every(finite)) return `a:${colour.join(' ')}`;
  return undefined;
}

/** The replacements; each calls pdfkit's own method when it writes. */
function hooks(stock: Stock): Record<Hooked, (this: DocumentLike, ...args: never[]) => unknown> {
  /** A setting written only when its key differs from the known one. */
  const remembered = (
    name: Hooked,
    field: 'width' | 'cap' | 'join' | 'dash',
    key: (a: unknown, b: unknown) => string | undefined,
  ) =>
    // The setters take at most two arguments; fixed ones keep these calls cheap.
    function (this: DocumentLike, a?: unknown, b?: unknown): unknown {
      const memory = memoryOf(this);
      const value = key(a, b);
      if (memory && value !== undefined && memory.now[field] === value) return this;
      const result = stock[name].call(this, a, b);
      if (memory) memory.now[field] = value;
      return result;
    };
  return {
    save(this: DocumentLike) {
      const memory = memoryOf(this);
      if (memory) memory.saved.push({ ...memory.now });
      return stock.save.call(this);
    },
    restore(this: DocumentLike) {
      const memory = memoryOf(this);
      // An unbalanced restore leaves the state unknown.
      if (memory) memory.now = memory.saved.pop() ?? {};
      return stock.restore.call(this);
    },
    lineWidth: remembered('lineWidth', 'width', widthKey),
    lineCap: remembered('lineCap', 'cap', (cap) => styleKey(cap, CAPS)),
    lineJoin: remembered('lineJoin', 'join', (join) => styleKey(join, JOINS)),
    dash: remembered('dash', 'dash', dashKey),
    undash: remembered('undash', 'dash', () => 'none'),
    _doOpacity(this: DocumentLike, fill?: number | null, stroke?: number | null) {
      const memory = memoryOf(this);
      const f = fill == null ? null : clamp(fill);
      const s = stroke == null ? null : clamp(stroke);
      if (
        memory &&
        (f === null || memory.now.fillOpacity === f) &&
        (s === null || memory.now.strokeOpacity === s)
      )
        return f === null && s === null ? undefined : this;
      const result = stock._doOpacity.call(this, fill, stroke);
      if (memory) {
        if (f !== null) memory.now.fillOpacity = f;
        if (s !== null) memory.now.strokeOpacity = s;
      }
      return result;
    },
    _setColor(this: DocumentLike, colour: unknown, stroke: boolean) {
      const memory = memoryOf(this);
      const key = colourKey(this, colour);
      const side = stroke ? 'stroke' : 'fill';
      if (memory && key !== undefined && memory.now[side] === key) return true;
      const set = stock._setColor.call(this, colour, stroke);
      // A colour that did not take (invalid) wrote nothing; one set another way is not followed.
      if (memory && set) memory.now[side] = key;
      return set;
    },
  };
}

const STOCK = Symbol.for('einvoice-desk.print.stockGraphicsState');

type Prototype = Record<string, unknown> & { [STOCK]?: Stock };

interface RendererLike {
  pdfDocument: object;
}

type RenderSvg = (this: RendererLike, svg: unknown) => unknown;

const SVG_WRAPPED = Symbol.for('einvoice-desk.print.svgForgetsGraphicsState');

/**
 * Installs the memory on the pdfkit document class that pdfmake's PDFDocument (`documentClass`)
 * extends, if its methods are the reviewed version, and has pdfmake's Renderer (from
 * `pdfmake/js/Renderer.js`) suspend it while drawing an SVG. Returns whether it is in place.
 */
export function installGraphicsState(documentClass: { prototype: object }, rendererModule: unknown): boolean {
  const proto = Object.getPrototypeOf(documentClass.prototype) as Prototype | null;
  const renderer = exportedClass<{ prototype: Record<string | symbol, unknown> }>(
    rendererModule,
    (c) => typeof c.prototype?.['renderSVG'] === 'function',
  );
  if (!proto || !renderer) return false;
  if (proto[STOCK]) return true;
  for (const name of HOOKED) {
    // pdfmake's own class must not override them, and pdfkit's must be the reviewed source.
    if (!Object.prototype.hasOwnProperty.call(proto, name)) return false;
    if (Object.prototype.hasOwnProperty.call(documentClass.prototype, name)) return false;
    if (sourceHash(proto[name]) !== REVIEWED[name]) return false;
  }
  const stock = Object.fromEntries(HOOKED.map((name) => [name, proto[name]])) as Stock;
  proto[STOCK] = stock;
  Object.assign(proto, hooks(stock));
  if (!renderer.prototype[SVG_WRAPPED]) {
    const renderSvg = renderer.prototype['renderSVG'] as RenderSvg;
    renderer.prototype[SVG_WRAPPED] = renderSvg;
    renderer.prototype['renderSVG'] = function renderSvgUnfollowed(this: RendererLike, svg: unknown) {
      const doc = this.pdfDocument as DocumentLike & Holder;
      doc[PAUSED] = true;
      try {
        return renderSvg.call(this, svg);
      } finally {
        doc[PAUSED] = false;
        delete (doc.page as Holder)[MEMORY];
      }
    };
  }
  return true;
}

/** pdfkit's own methods once replaced (for tests that compare pages), else null. */
export function stockGraphicsState(documentClass: { prototype: object }): Stock | null {
  return (Object.getPrototypeOf(documentClass.prototype) as Prototype | null)?.[STOCK] ?? null;
}
