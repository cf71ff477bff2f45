import { LitElement, html, css, svg } from 'lit';
import { HeldValue } from './held-value.js';

/**
 * <point-plane>: a two-dimensional coordinate plane with points a person drags (mouse, pen or touch) or moves with
 * the arrow keys once a point has focus (Tab to it). It only reports moves; the server owns the points and sets
 * them back. Behind the points it can draw curves (a fitted line, a descent path) and a height map.
 *
 * Properties:
 *   xMin, xMax, yMin, yMax  the visible range (points are kept inside it)
 *   step                    moves snap to multiples of it; an arrow key moves one step, Shift+arrow ten
 *   equalAspect             one unit is as long across as up (angles look true); the height follows the width
 *   height                  the height in px when equalAspect is off
 *   points                  [{x, y, label, kind: 'point' | 'vector' | 'start', variant: 'a' | 'b' | ''}]; a vector
 *                           is drawn as an arrow from the origin to its (draggable) tip
 *   curves                  [{points: [[x, y], ...], style: 'line' | 'path' | 'warning'}]; a path marks its steps
 *   heat                    rows of values on an even grid over the plane, the first row at yMin (or empty)
 *   xTitle, yTitle, label   axis titles and the plane's accessible name (all plain text)
 *   readonly                shows the points but takes no drags or keys
 * Events: `point-input` {index, x, y} while dragging (at most once a frame); `point-commit` {index, x, y} when a
 * drag ends or an arrow key moves a point.
 */
const PAD = { left: 40, right: 12, top: 12, bottom: 38 };
const KINDS = new Set(['point', 'vector', 'start']);
const VARIANTS = new Set(['a', 'b', '']);
const STYLES = new Set(['line', 'path', 'warning']);

class PointPlane extends LitElement {
  static properties = {
    xMin: { type: Number },
    xMax: { type: Number },
    yMin: { type: Number },
    yMax: { type: Number },
    step: { type: Number },
    equalAspect: { type: Boolean },
    height: { type: Number },
    points: { type: Array },
    curves: { type: Array },
    heat: { type: Array },
    xTitle: { type: String },
    yTitle: { type: String },
    label: { type: String },
    readonly: { type: Boolean },
    _width: { state: true },
    _announce: { state: true },
  };

  static styles = css`
    :host { display: block; position: relative; user-select: none; -webkit-user-select: none; max-width: 100%; }
    svg { display: block; width: 100%; touch-action: none; overflow: hidden; }
    .frame { fill: var(--lumo-contrast-5pct); }
    .grid { stroke: var(--lumo-contrast-10pct); stroke-width: 1; }
    .axis { stroke: var(--lumo-contrast-50pct); stroke-width: 1.2; }
    .tick { fill: var(--lumo-secondary-text-color); font-size: 11px; font-family: var(--lumo-font-family); }
    .title { fill: var(--lumo-secondary-text-color); font-size: 12px; font-family: var(--lumo-font-family); }
    .curve { fill: none; stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
    .curve.line { stroke: var(--lumo-primary-text-color); }
    .curve.path { stroke: var(--lumo-body-text-color); stroke-width: 2; }
    .curve.warning { stroke: var(--lumo-error-text-color); stroke-width: 2; stroke-dasharray: 6 4; }
    .stepdot { fill: var(--lumo-body-text-color); }
    .stepdot.warning { fill: var(--lumo-error-text-color); }
    .stepdot.last { fill: var(--lumo-base-color); stroke: var(--lumo-body-text-color); stroke-width: 2; }
    .handle { cursor: grab; outline: none; }
    .readonly .handle { cursor: default; }
    .handle .hit { fill: transparent; }
    .handle .dot { fill: var(--lumo-base-color); stroke: var(--lumo-primary-text-color); stroke-width: 2.5; }
    .handle.point .dot { fill: var(--lumo-primary-color); stroke: var(--lumo-base-color); stroke-width: 1.5; }
    .handle.b .dot { stroke: var(--lumo-success-text-color); }
    .handle.start .dot { fill: var(--lumo-warning-color, #e6a700); stroke: var(--lumo-body-text-color); }
    .handle:focus-visible .ring, .handle.dragging .ring { stroke: var(--lumo-primary-color-50pct); stroke-width: 4;
      fill: none; }
    .handle .ring { stroke: transparent; fill: none; }
    .arrow { stroke: var(--lumo-primary-text-color); stroke-width: 3; }
    .arrow.b { stroke: var(--lumo-success-text-color); }
    .arrowhead { fill: var(--lumo-primary-text-color); }
    .arrowhead.b { fill: var(--lumo-success-text-color); }
    .plabel { fill: var(--lumo-body-text-color); font-size: 13px; font-weight: 600;
              font-family: var(--lumo-font-family); paint-order: stroke; stroke: var(--lumo-base-color);
              stroke-width: 3px; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
               white-space: nowrap; }
  `;

  constructor() {
    super();
    this.xMin = -5;
    this.xMax = 5;
    this.yMin = -5;
    this.yMax = 5;
    this.step = 0.1;
    this.equalAspect = false;
    this.height = 320;
    this.points = [];
    this.curves = [];
    this.heat = [];
    this.xTitle = '';
    this.yTitle = '';
    this.label = 'Plane';
    this.readonly = false;
    this._width = 0;
    this._announce = '';
    this._dragging = -1;
    this._dragValue = null;
    // a committed move stays on screen until the server echoes it
    this._held = new HeldValue(this, 'points', (p, [x, y]) => p.x === x && p.y === y,
      (p, [x, y]) => ({ ...p, x, y }));
    this._frame = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    this._resize = new ResizeObserver((entries) => {
      const width = Math.round(entries[0].contentRect.width);
      if (width > 0 && width !== this._width) this._width = width;
    });
    this._resize.observe(this);
  }

  disconnectedCallback() {
    this._resize.disconnect();
    super.disconnectedCallback();
  }

  _size() {
    const width = Math.max(200, this._width || 480);
    if (!this.equalAspect) return { width, height: this.height };
    const plotW = width - PAD.left - PAD.right;
    const ratio = (this.yMax - this.yMin) / (this.xMax - this.xMin);
    return { width, height: Math.round(plotW * ratio) + PAD.top + PAD.bottom };
  }

  render() {
    const { width, height } = this._size();
    const plotW = width - PAD.left - PAD.right;
    const plotH = height - PAD.top - PAD.bottom;
    const sx = (x) => PAD.left + (x - this.xMin) / (this.xMax - this.xMin) * plotW;
    const sy = (y) => PAD.top + (this.yMax - y) / (this.yMax - this.yMin) * plotH;
    this._geometry = { width, height, plotW, plotH };
    const points = Array.isArray(this.points) ? this.points : [];
    return html`
      <svg viewBox="0 0 ${width} ${height}" height=${height} role="group" aria-label=${this.label}
           class=${this.readonly ? 'readonly' : ''}
           @pointermove=${(e) => this._move(e)} @pointerup=${(e) => this._end(e)}
           @pointercancel=${(e) => this._end(e)}>
        <defs>
          <clipPath id="plot"><rect x=${PAD.left} y=${PAD.top} width=${plotW} height=${plotH}></rect></clipPath>
        </defs>
        <rect class="frame" x=${PAD.left} y=${PAD.top} width=${plotW} height=${plotH}></rect>
        <g clip-path="url(#plot)">
          ${this._heat(plotW, plotH)}
          ${this._grid(sx, sy)}
          ${this._curves(sx, sy)}
          ${points.map((p, i) => this._arrow(p, i, sx, sy))}
        </g>
        ${this._ticks(sx, sy, height)}
        ${points.map((p, i) => this._handle(p, i, sx, sy))}
      </svg>
      <div class="sr-only" aria-live="polite">${this._announce}</div>`;
  }

  _heat(plotW, plotH) {
    const rows = Array.isArray(this.heat) ? this.heat : [];
    if (!rows.length || !Array.isArray(rows[0]) || !rows[0].length) return '';
    const values = rows.flat().filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
    if (!values.length) return '';
    const cols = rows[0].length;
    const cw = plotW / cols;
    const ch = plotH / rows.length;
    // Ten bands of equal area, by rank rather than by value: the band edges act as contour lines, and a steep
    // rim (a value of 30 next to minima of about 0) cannot wash out the shape of the low ground.
    const BANDS = 10;
    const band = (v) => {
      let lo = 0;
      let hi = values.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (values[mid] < v) lo = mid + 1; else hi = mid;
      }
      return Math.min(BANDS - 1, Math.floor(lo / values.length * BANDS));
    };
    // Low values are dark: the eye finds the valleys.
    return rows.map((row, r) => (Array.isArray(row) ? row : []).map((v, c) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return '';
      const share = (6 + 64 * (1 - band(v) / (BANDS - 1))).toFixed(1);
      // Opaque colours mixed from the theme (not transparent ones, which would darken where neighbours overlap).
      return svg`<rect x=${PAD.left + c * cw} y=${PAD.top + (rows.length - 1 - r) * ch} width=${cw + 0.6}
                       height=${ch + 0.6}
                       style="fill: color-mix(in srgb, var(--lumo-primary-color) ${share}%, var(--lumo-base-color))"></rect>`;
    }));
  }

  /** A round tick spacing that keeps labels at least about 40 px apart. */
  _tickStep(span, pixels) {
    const most = Math.max(4, Math.min(12, Math.floor(pixels / 40)));
    for (const s of [0.5, 1, 2, 5, 10, 20, 50]) if (span / s <= most) return s;
    return 100;
  }

  _grid(sx, sy) {
    const xs = this._ticksOf(this.xMin, this.xMax, this._geometry.plotW);
    const ys = this._ticksOf(this.yMin, this.yMax, this._geometry.plotH);
    return svg`
      ${xs.map((x) => svg`<line class=${x === 0 ? 'axis' : 'grid'} x1=${sx(x)} x2=${sx(x)} y1=${sy(this.yMin)}
                                y2=${sy(this.yMax)}></line>`)}
      ${ys.map((y) => svg`<line class=${y === 0 ? 'axis' : 'grid'} y1=${sy(y)} y2=${sy(y)} x1=${sx(this.xMin)}
                                x2=${sx(this.xMax)}></line>`)}`;
  }

  _ticksOf(min, max, pixels) {
    const step = this._tickStep(max - min, pixels);
    const out = [];
    for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
    return out;
  }

  _ticks(sx, sy, height) {
    const xs = this._ticksOf(this.xMin, this.xMax, this._geometry.plotW);
    const ys = this._ticksOf(this.yMin, this.yMax, this._geometry.plotH);
    return svg`
      ${xs.map((x) => svg`<text class="tick" x=${sx(x)} y=${sy(this.yMin) + 14} text-anchor="middle">${x}</text>`)}
      ${ys.map((y) => svg`<text class="tick" x=${PAD.left - 5} y=${sy(y) + 4} text-anchor="end">${y}</text>`)}
      <text class="title" x=${PAD.left + this._geometry.plotW / 2} y=${height - 4} text-anchor="middle">${this.xTitle}</text>
      <text class="title" transform="translate(11 ${PAD.top + this._geometry.plotH / 2}) rotate(-90)"
            text-anchor="middle">${this.yTitle}</text>`;
  }

  _curves(sx, sy) {
    const curves = Array.isArray(this.curves) ? this.curves : [];
    return curves.map((c) => {
      const style = STYLES.has(c?.style) ? c.style : 'line';
      const pts = (Array.isArray(c?.points) ? c.points : [])
        .filter((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));
      if (!pts.length) return '';
      // Far-off points (a diverging run) are pulled in to a bounded distance so the SVG numbers stay sane.
      const cx = (x) => Math.max(-1e5, Math.min(1e5, sx(x)));
      const cy = (y) => Math.max(-1e5, Math.min(1e5, sy(y)));
      const d = pts.map((p) => `${cx(p[0]).toFixed(1)},${cy(p[1]).toFixed(1)}`).join(' ');
      const dots = style === 'line' ? '' : pts.map((p, i) => svg`<circle class="stepdot ${style} ${i === pts.length - 1 ? 'last' : ''}"
          cx=${cx(p[0])} cy=${cy(p[1])} r=${i === pts.length - 1 ? 4.5 : pts.length > 60 ? 1.5 : 2.5}></circle>`);
      return svg`<polyline class="curve ${style}" points=${d}></polyline>${dots}`;
    });
  }

  _arrow(p, i, sx, sy) {
    if (!this._valid(p) || p.kind !== 'vector') return '';
    const variant = VARIANTS.has(p.variant) ? p.variant : '';
    const x0 = sx(0);
    const y0 = sy(0);
    const x1 = sx(p.x);
    const y1 = sy(p.y);
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (length < 1) return '';
    const ux = (x1 - x0) / length;
    const uy = (y1 - y0) / length;
    const head = Math.min(14, length * 0.6);
    const bx = x1 - ux * head;
    const by = y1 - uy * head;
    const wing = head * 0.45;
    return svg`<line class="arrow ${variant}" x1=${x0} y1=${y0} x2=${bx} y2=${by}></line>
      <polygon class="arrowhead ${variant}" points="${x1},${y1} ${bx - uy * wing},${by + ux * wing} ${bx + uy * wing},${by - ux * wing}"></polygon>`;
  }

  _handle(p, i, sx, sy) {
    if (!this._valid(p)) return '';
    const kind = KINDS.has(p.kind) ? p.kind : 'point';
    const variant = VARIANTS.has(p.variant) ? p.variant : '';
    const label = typeof p.label === 'string' ? p.label : `Point ${i + 1}`;
    const x = sx(p.x);
    const y = sy(p.y);
    const dx = x > this._geometry.width - 60 ? -10 : 10;
    return svg`
      <g class="handle ${kind} ${variant} ${this._dragging === i ? 'dragging' : ''}" tabindex=${this.readonly ? -1 : 0}
         role="button" aria-roledescription="movable point" aria-disabled=${this.readonly ? 'true' : 'false'}
         aria-label="${label} at (${fmt(p.x)}, ${fmt(p.y)}). Arrow keys move it."
         data-index=${i}
         @pointerdown=${(e) => this._start(e, i)} @keydown=${(e) => this._key(e, i)}>
        <circle class="hit" cx=${x} cy=${y} r="16"></circle>
        <circle class="ring" cx=${x} cy=${y} r="11"></circle>
        <circle class="dot" cx=${x} cy=${y} r=${kind === 'point' ? 6 : 7}></circle>
        ${kind === 'point' ? '' : svg`<text class="plabel" x=${x + dx} y=${y - 10}
              text-anchor=${dx < 0 ? 'end' : 'start'}>${label}</text>`}
      </g>`;
  }

  _valid(p) {
    return p && typeof p === 'object' && Number.isFinite(p.x) && Number.isFinite(p.y);
  }

  _toData(event) {
    const svgEl = this.renderRoot.querySelector('svg');
    const box = svgEl.getBoundingClientRect();
    const { width, height, plotW, plotH } = this._geometry;
    const px = (event.clientX - box.left) * width / box.width;
    const py = (event.clientY - box.top) * height / box.height;
    const x = this.xMin + (px - PAD.left) / plotW * (this.xMax - this.xMin);
    const y = this.yMax - (py - PAD.top) / plotH * (this.yMax - this.yMin);
    return [x, y];
  }

  _snap(x, y) {
    const s = this.step > 0 ? this.step : 0.1;
    const round = (v) => Number((Math.round(v / s) * s).toFixed(6));
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    return [clamp(round(x), this.xMin, this.xMax), clamp(round(y), this.yMin, this.yMax)];
  }

  _start(event, i) {
    if (this.readonly) return;
    event.preventDefault();
    event.currentTarget.focus();
    this.renderRoot.querySelector('svg').setPointerCapture(event.pointerId);
    this._dragging = i;
    this.requestUpdate();
  }

  _move(event) {
    if (this._dragging < 0) return;
    const [x, y] = this._snap(...this._toData(event));
    this._setLocal(this._dragging, x, y, 'point-input');
  }

  _end() {
    const i = this._dragging;
    if (i < 0) return;
    this._dragging = -1;
    this._dragValue = null;
    cancelAnimationFrame(this._frame);
    const p = this.points[i];
    this._held.hold(i, [p.x, p.y]);
    this._emit('point-commit', i, p.x, p.y);
    this.requestUpdate();
  }

  _key(event, i) {
    if (this.readonly) return;
    const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const s = (this.step > 0 ? this.step : 0.1) * (event.shiftKey ? 10 : 1);
    const p = this.points[i];
    const [x, y] = this._snap(p.x + move[0] * s, p.y + move[1] * s);
    this._setLocal(i, x, y, 'point-commit');
  }

  /** Moves the point at once (a drag must feel direct), then tells the server. */
  _setLocal(i, x, y, type) {
    const p = this.points[i];
    if (!p) return;
    this.points = this.points.map((q, k) => (k === i ? { ...q, x, y } : q));
    this._held.local();
    this._dragValue = this._dragging === i ? [x, y] : null;
    this._announce = `${typeof p.label === 'string' ? p.label : `Point ${i + 1}`}: (${fmt(x)}, ${fmt(y)})`;
    if (type === 'point-commit') {
      this._held.hold(i, [x, y]);
      this._emit(type, i, x, y);
      return;
    }
    cancelAnimationFrame(this._frame);
    this._frame = requestAnimationFrame(() => this._emit(type, i, x, y));
  }

  _emit(type, index, x, y) {
    this.dispatchEvent(new CustomEvent(type, { detail: { index, x, y }, bubbles: true, composed: true }));
  }

  willUpdate(changed) {
    this._held.willUpdate(changed);
    // While a drag is under way the point follows the pointer, not a server echo that may be a frame behind.
    const i = this._dragging;
    if (i >= 0 && this._dragValue && this.points[i]
        && (this.points[i].x !== this._dragValue[0] || this.points[i].y !== this._dragValue[1])) {
      this.points = this.points.map((q, k) => (k === i ? { ...q, x: this._dragValue[0], y: this._dragValue[1] } : q));
    }
  }
}

function fmt(value) {
  return Number(Number(value).toFixed(3)).toString();
}

customElements.define('point-plane', PointPlane);
