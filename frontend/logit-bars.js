import { LitElement, html, css, svg } from 'lit';
import { parseNumber } from './number-text.js';
import { HeldValue } from './held-value.js';

/**
 * <logit-bars>: one vertical bar per class whose height is a number the person sets by dragging (mouse, pen or
 * touch), by arrow keys on a focused bar, or by typing. It only reports edits; the server owns the values.
 *
 * Events: `value-input` {index, value} while dragging (at most once a frame); `value-commit` {index, value} when
 * a drag ends, a key is pressed or a number is typed; `value-invalid` {index, text} when typed text is no number; `label-commit` {index, label} when a class is renamed;
 * `class-remove` {index} from a column's remove button (shown while there are more than `minCount` classes).
 */
class LogitBars extends LitElement {
  static properties = {
    values: { type: Array },
    labels: { type: Array },
    min: { type: Number },
    max: { type: Number },
    step: { type: Number },
    highlight: { type: Number },
    minCount: { type: Number },
    readonly: { type: Boolean },
    _dragging: { state: true },
  };

  static styles = css`
    :host { display: block; user-select: none; -webkit-user-select: none; }
    .bars { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(3.2rem, 6rem); gap: var(--lumo-space-s);
            overflow-x: auto; padding-bottom: var(--lumo-space-xs); }
    .column { display: flex; flex-direction: column; align-items: stretch; gap: var(--lumo-space-xs); min-width: 0; }
    .track { position: relative; height: 10rem; border-radius: var(--lumo-border-radius-m);
             background: var(--lumo-contrast-5pct); touch-action: none; cursor: ns-resize; outline: none; }
    .track:focus-visible { box-shadow: 0 0 0 3px var(--lumo-primary-color-50pct); }
    svg { position: absolute; inset: 0; width: 100%; height: 100%; overflow: visible; }
    .zero { stroke: var(--lumo-contrast-50pct); stroke-width: 1; }
    .bar { fill: var(--lumo-primary-color); }
    .bar.negative { fill: var(--lumo-error-color); }
    .column.target .track { background: var(--lumo-primary-color-10pct); }
    .column.readonly .track { cursor: default; }
    input[readonly] { border-color: transparent; background: transparent; }
    .handle { fill: var(--lumo-base-color); stroke: var(--lumo-primary-text-color); stroke-width: 2; }
    input { width: 100%; box-sizing: border-box; font: inherit; font-size: var(--lumo-font-size-s);
            text-align: center; padding: 2px; border-radius: var(--lumo-border-radius-s);
            border: 1px solid var(--lumo-contrast-20pct); background: var(--lumo-base-color);
            color: var(--lumo-body-text-color); }
    input:focus-visible, button:focus-visible { outline: 2px solid var(--lumo-primary-color-50pct); }
    input[aria-invalid=true] { border-color: var(--lumo-error-color); }
    input.label { font-weight: 500; border-color: transparent; background: transparent; }
    input.label:hover, input.label:focus { border-color: var(--lumo-contrast-20pct); }
    button.remove { align-self: center; border: none; background: none; cursor: pointer; font-size: 1.1rem;
                    color: var(--lumo-secondary-text-color); border-radius: var(--lumo-border-radius-s);
                    min-width: 2rem; min-height: 2rem; }
    button.remove:hover { color: var(--lumo-error-text-color); background: var(--lumo-contrast-5pct); }
  `;

  constructor() {
    super();
    this.values = [];
    this.labels = [];
    this.min = -10;
    this.max = 10;
    this.step = 0.1;
    this.highlight = -1;
    this.minCount = 2;
    this._held = new HeldValue(this, 'values', (v, held) => v === held, (v, held) => held);
    this.readonly = false;
    this._dragging = -1;
    this._frame = 0;
  }

  render() {
    return html`<div class="bars">${this.values.map((v, i) => this._column(v, i))}</div>`;
  }

  _column(value, i) {
    const label = this.labels[i] ?? `class ${i + 1}`;
    const span = this.max - this.min;
    const y = (val) => 100 * (this.max - val) / span;
    const zero = y(Math.min(this.max, Math.max(this.min, 0)));
    const top = Math.min(zero, y(value));
    const height = Math.abs(y(value) - zero);
    return html`
      <div class="column ${i === this.highlight ? 'target' : ''} ${this.readonly ? 'readonly' : ''}">
        <div class="track" role="slider" tabindex="0" data-index=${i} aria-readonly=${this.readonly}
             aria-label="Logit of ${label}" aria-valuemin=${this.min} aria-valuemax=${this.max}
             aria-valuenow=${value} aria-valuetext="${label}: ${format(value)}"
             @pointerdown=${(e) => this._start(e, i)} @pointermove=${(e) => this._move(e, i)}
             @pointerup=${(e) => this._end(e, i)} @pointercancel=${(e) => this._end(e, i)}
             @keydown=${(e) => this._key(e, i)}>
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
            ${svg`<rect class="bar ${value < 0 ? 'negative' : ''}" x="15" width="70" y=${top} height=${height}></rect>
                  <line class="zero" x1="0" x2="100" y1=${zero} y2=${zero} vector-effect="non-scaling-stroke"></line>`}
          </svg>
        </div>
        <input type="text" inputmode="decimal" .value=${format(value)} ?readonly=${this.readonly}
               aria-label="Logit of ${label}, as a number"
               @change=${(e) => this._typed(e, i)}
               @keydown=${(e) => e.key === 'Enter' && this._typed(e, i)}>
        <input class="label" type="text" maxlength="24" .value=${label} aria-label="Name of class ${i + 1}"
               ?readonly=${this.readonly}
               @change=${(e) => this._renamed(e, i)}>
        ${this.values.length > this.minCount && !this.readonly ? html`<button class="remove" title="Remove ${label}"
               aria-label="Remove ${label}" @click=${() => this._emit('class-remove', { index: i })}>×</button>`
          : ''}
      </div>`;
  }

  _valueAt(event, track) {
    const box = track.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height));
    const raw = this.max - fraction * (this.max - this.min);
    return Math.round(raw / this.step) * this.step;
  }

  _start(event, i) {
    if (this.readonly) return;
    event.preventDefault();
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture(event.pointerId);
    this._dragging = i;
    this._setLocal(i, this._valueAt(event, event.currentTarget), 'value-input');
  }

  _move(event, i) {
    if (this._dragging !== i) return;
    this._setLocal(i, this._valueAt(event, event.currentTarget), 'value-input');
  }

  _end(event, i) {
    if (this._dragging !== i) return;
    this._dragging = -1;
    this._dragValue = undefined;
    this._held.hold(i, this.values[i]);
    this._send('value-commit', i, this.values[i]);
  }

  _key(event, i) {
    if (this.readonly) return;
    const big = event.shiftKey || event.key === 'PageUp' || event.key === 'PageDown';
    const delta = { ArrowUp: 1, ArrowRight: 1, PageUp: 1, ArrowDown: -1, ArrowLeft: -1, PageDown: -1 }[event.key];
    let next;
    if (delta !== undefined) next = this.values[i] + delta * (big ? 1 : this.step);
    else if (event.key === 'Home') next = this.min;
    else if (event.key === 'End') next = this.max;
    else return;
    event.preventDefault();
    this._setLocal(i, next, 'value-commit');
  }

  _typed(event, i) {
    if (this.readonly) return;
    const value = parseNumber(event.target.value);
    event.target.setAttribute('aria-invalid', String(!Number.isFinite(value)));
    if (Number.isFinite(value)) {
      this._send('value-commit', i, value);
    } else {
      this._emit('value-invalid', { index: i, text: event.target.value });
    }
  }

  /** Moves the bar at once (the drag must feel direct), then tells the server, at most once a frame. */
  _setLocal(i, value, type) {
    const clamped = Math.min(this.max, Math.max(this.min, Number(value.toFixed(6))));
    this._dragValue = this._dragging === i ? clamped : undefined;
    this.values = this.values.map((v, k) => (k === i ? clamped : v));
    this._held.local();
    if (type === 'value-commit') {
      this._held.hold(i, clamped);
      this._send(type, i, clamped);
      return;
    }
    cancelAnimationFrame(this._frame);
    this._frame = requestAnimationFrame(() => this._send(type, i, clamped));
  }

  _renamed(event, i) {
    if (this.readonly) return;
    const label = event.target.value.trim();
    if (label) this._emit('label-commit', { index: i, label });
    else event.target.value = this.labels[i] ?? '';
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  _send(type, index, value) {
    this._emit(type, { index, value });
  }

  willUpdate(changed) {
    this._held.willUpdate(changed);
    // While a drag is under way the bar follows the pointer, not a server echo that may be a frame behind.
    const i = this._dragging;
    if (i >= 0 && this._dragValue !== undefined && this.values[i] !== this._dragValue) {
      this.values = this.values.map((v, k) => (k === i ? this._dragValue : v));
    }
  }
}

function format(value) {
  return Number(Number(value).toFixed(4)).toString();
}

customElements.define('logit-bars', LogitBars);
