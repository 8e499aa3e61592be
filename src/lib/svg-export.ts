/**
 * A chart as a standalone SVG file: the drawing copied from the page with every colour
 * and font resolved from the page's stylesheet (so the file looks the same anywhere,
 * without our CSS), with a title and caption above it and a footer below. Text is
 * wrapped here, measured with a canvas, because SVG text does not wrap on its own.
 */

export interface SvgKey {
  /** A small drawn swatch, copied like the drawing; `null` for text alone. */
  swatch: SVGSVGElement | null;
  text: string;
}

interface SvgExportInput {
  /** The drawings to copy, stacked top to bottom, each at its size on screen. */
  drawings: readonly SVGSVGElement[];
  /** The chart's key (legend), laid out in a row that wraps. */
  keys: readonly SvgKey[];
  title: string;
  /** Lines between the title and the drawing (what is measured, how). */
  intro: readonly string[];
  /** Lines under the drawing that belong to the chart (e.g. figures not drawn on the axis). */
  notes: readonly string[];
  /** Provenance under a rule: sources, the view's address, the review date. */
  footer: readonly string[];
  /** Colours of the frame the chart sits in, so text stays readable on its background. */
  colors: { background: string; text: string; muted: string; rule: string };
  fontFamily: string;
}

interface SvgExport {
  svg: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 24;
const MIN_WIDTH = 480;

/** Style properties a drawing depends on, copied onto each element as presentation attributes. */
const RESOLVED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Attributes that mean something only on the page (interaction, CSS hooks, assistive technology). */
const PAGE_ONLY = /^(class|style|role|tabindex|aria-.*|data-.*|focusable)$/;

function resolvedCopy(live: SVGSVGElement): SVGSVGElement {
  const copy = live.cloneNode(true) as SVGSVGElement;
  const liveNodes = [live, ...live.querySelectorAll('*')];
  const copyNodes = [copy, ...copy.querySelectorAll('*')];
  liveNodes.forEach((node, i) => {
    const target = copyNodes[i];
    if (!target) return;
    const style = getComputedStyle(node);
    for (const name of [...target.getAttributeNames()]) {
      if (PAGE_ONLY.test(name)) target.removeAttribute(name);
    }
    if (style.display === 'none' || style.visibility === 'hidden') {
      target.setAttribute('display', 'none');
      return;
    }
    for (const property of RESOLVED) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
  });
  return copy;
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Splits text into lines no wider than `width`, breaking at spaces, or anywhere in a long word (a URL). */
function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // A word wider than the line (an address) is cut into pieces that fit.
    let rest = word;
    while (measure(rest) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) pushWord(word);
  if (line) lines.push(line);
  return lines;
}

function measurer(fontFamily: string): (size: number, weight: number) => (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (size, weight) => (text) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${weight} ${size}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

export function chartSvg(input: SvgExportInput): SvgExport {
  const sizes = input.drawings.map((d) => d.getBoundingClientRect());
  const width = Math.ceil(Math.max(MIN_WIDTH, ...sizes.map((s) => s.width + 2 * PAD)));
  const inner = width - 2 * PAD;
  const measure = measurer(input.fontFamily);
  const root = element('svg', {
    xmlns: SVG_NS,
    version: '1.1',
    'font-family': input.fontFamily,
  }) as SVGSVGElement;
  const body: SVGElement[] = [];
  let y = PAD;

  const paragraph = (text: string, size: number, weight: number, color: string, gap: number) => {
    const lines = wrapText(text, inner, measure(size, weight));
    for (const line of lines) {
      y += size * 1.35;
      body.push(element('text', { x: PAD, y, 'font-size': size, 'font-weight': weight, fill: color }, line));
    }
    y += gap;
  };

  paragraph(input.title, 20, 700, input.colors.text, 6);
  for (const line of input.intro) paragraph(line, 13, 400, input.colors.muted, 4);
  y += 8;

  input.drawings.forEach((drawing, i) => {
    const size = sizes[i] as DOMRect;
    const copy = resolvedCopy(drawing);
    copy.setAttribute('x', String(PAD));
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(size.width));
    copy.setAttribute('height', String(size.height));
    if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    body.push(copy);
    y += size.height + 8;
  });

  if (input.keys.length > 0) {
    const size = 12;
    const textWidth = measure(size, 400);
    let x = PAD;
    y += size * 1.35;
    for (const key of input.keys) {
      const swatch = key.swatch ? key.swatch.getBoundingClientRect() : null;
      const itemWidth = (swatch ? swatch.width + 4 : 0) + textWidth(key.text) + 16;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        y += size * 1.8;
      }
      if (key.swatch && swatch) {
        const copy = resolvedCopy(key.swatch);
        copy.setAttribute('x', String(x));
        copy.setAttribute('y', String(y - swatch.height + 3));
        copy.setAttribute('width', String(swatch.width));
        copy.setAttribute('height', String(swatch.height));
        body.push(copy);
        x += swatch.width + 4;
      }
      body.push(element('text', { x, y, 'font-size': size, fill: input.colors.text }, key.text));
      x += textWidth(key.text) + 16;
    }
    y += 8;
  }

  for (const note of input.notes) paragraph(note, 13, 400, input.colors.text, 2);

  y += 10;
  body.push(element('line', { x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: input.colors.rule }));
  y += 4;
  for (const line of input.footer) paragraph(line, 11, 400, input.colors.muted, 2);
  const height = Math.ceil(y + PAD - 2);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.append(element('rect', { x: 0, y: 0, width, height, fill: input.colors.background }), ...body);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { svg, width, height };
}
