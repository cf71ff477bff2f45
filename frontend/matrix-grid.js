import { LitElement, html, css } from 'lit';
import { parseNumber } from './number-text.js';

/**
 * <matrix-grid>: a labelled matrix of numbers, either editable (one text box per cell) or read-only with a colour
 * shade per cell. Read-only grids use one tab stop and arrow keys between cells (the ARIA grid pattern).
 *
 * Editable grids are one Tab stop, with arrow keys between cells (as read-only ones). Method: markInvalid(row, col).
 *
 * Properties: values (rows of numbers; null shows `nullText`), rowLabels, colLabels, editable, shade
 * ('none' | 'unit' for 0..1 | 'signed' for ± around 0), rowSums, decimals, label (the grid's accessible name).
 * Events: `cell-commit` {row, col, value} after an edit; `cell-invalid` {row, col, text} when the text typed is not
 * a number; `cell-focus` {row, col} when a cell gets focus.
 */
class MatrixGrid extends LitElement {
  static properties = {
    values: { type: Array },
    rowLabels: { type: Array },
    colLabels: { type: Array },
    editable: { type: Boolean },
    shade: { type: String },
    rowSums: { type: Boolean },
    decimals: { type: Number },
    nullText: { type: String },
    label: { type: String },
    _active: { state: true },
  };

  static styles = css`
    /* A grid wider than its card scrolls sideways; shadows at the edges show that there is more to see. */
    :host { display: block; max-width: 100%; overflow-x: auto;
            background:
              linear-gradient(to right, var(--lumo-base-color) 30%, transparent) left / 2rem 100% no-repeat local,
              linear-gradient(to left, var(--lumo-base-color) 30%, transparent) right / 2rem 100% no-repeat local,
              radial-gradient(farthest-side at 0 50%, var(--lumo-contrast-20pct), transparent) left / 0.75rem 100%
                no-repeat scroll,
              radial-gradient(farthest-side at 100% 50%, var(--lumo-contrast-20pct), transparent) right / 0.75rem 100%
                no-repeat scroll; }
    table { border-collapse: separate; border-spacing: 2px; font-size: var(--lumo-font-size-s);
            font-variant-numeric: tabular-nums; }
    th { font-weight: 500; color: var(--lumo-secondary-text-color); padding: 0 var(--lumo-space-xs);
         white-space: nowrap; max-width: 6rem; overflow: hidden; text-overflow: ellipsis; }
    th[scope=row] { text-align: right; }
    td { min-width: 3.2rem; height: 1.9rem; text-align: right; padding: 0 var(--lumo-space-xs);
         border-radius: var(--lumo-border-radius-s); background: var(--lumo-contrast-5pct); }
    td.cell:focus { outline: 2px solid var(--lumo-primary-color); outline-offset: 1px; }
    td.sum { background: none; color: var(--lumo-secondary-text-color); font-style: italic; }
    td.masked { color: var(--lumo-secondary-text-color); }
    td.edit { padding: 0; background: none; }
    input { width: 3.6rem; box-sizing: border-box; font: inherit; text-align: right; padding: 3px 4px;
            border: 1px solid var(--lumo-contrast-20pct); border-radius: var(--lumo-border-radius-s);
            background: var(--lumo-base-color); color: var(--lumo-body-text-color); }
    input:focus-visible { outline: 2px solid var(--lumo-primary-color-50pct); }
    input[aria-invalid=true] { border-color: var(--lumo-error-color); }
  `;

  constructor() {
    super();
    this.values = [];
    this.rowLabels = [];
    this.colLabels = [];
    this.editable = false;
    this.shade = 'none';
    this.rowSums = false;
    this.decimals = 3;
    this.nullText = '–';
    this.label = '';
    this._active = [0, 0];
  }

  render() {
    const cols = this.values[0]?.length ?? 0;
    const scale = this._scale();
    return html`
      <table role=${this.editable ? 'table' : 'grid'} aria-label=${this.label}>
        <thead><tr><td></td>
          ${Array.from({ length: cols }, (_, c) => html`<th scope="col">${this.colLabels[c] ?? c + 1}</th>`)}
          ${this.rowSums ? html`<th scope="col">row sum</th>` : ''}
        </tr></thead>
        <tbody>${this.values.map((row, r) => html`<tr>
          <th scope="row">${this.rowLabels[r] ?? r + 1}</th>
          ${row.map((v, c) => (this.editable ? this._input(v, r, c) : this._cell(v, r, c, scale)))}
          ${this.rowSums ? html`<td class="sum">${this._format(row.reduce((a, b) => a + (b ?? 0), 0))}</td>` : ''}
        </tr>`)}</tbody>
      </table>`;
  }

  /**
   * An editable cell. The grid is one Tab stop (the last cell used); arrow keys move between cells: up and down
   * always, left and right once the caret is at the edge of the text.
   */
  _input(value, r, c) {
    const active = this._active[0] === r && this._active[1] === c;
    return html`<td class="edit"><input inputmode="decimal" .value=${this._format(value)} tabindex=${active ? 0 : -1}
        aria-label="${this.label} row ${this.rowLabels[r] ?? r + 1}, column ${this.colLabels[c] ?? c + 1}"
        data-row=${r} data-col=${c}
        @focus=${() => this._focused(r, c)}
        @change=${(e) => this._commit(e, r, c)}
        @keydown=${(e) => this._editKey(e, r, c)}></td>`;
  }

  _editKey(event, r, c) {
    if (event.key === 'Enter') {
      this._commit(event, r, c);
      return;
    }
    const input = event.target;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if ((event.key === 'ArrowLeft' && !atStart) || (event.key === 'ArrowRight' && !atEnd)) return;
    this._navigate(event, r, c);
  }

  /** Marks a cell whose typed number the server refused (out of range), until it is edited again. */
  markInvalid(r, c) {
    this.renderRoot.querySelector(`input[data-row="${r}"][data-col="${c}"]`)?.setAttribute('aria-invalid', 'true');
  }

  _cell(value, r, c, scale) {
    const active = this._active[0] === r && this._active[1] === c;
    const masked = value === null || value === undefined;
    return html`<td class="cell ${masked ? 'masked' : ''}" role="gridcell" tabindex=${active ? 0 : -1}
        data-row=${r} data-col=${c} style=${masked ? '' : this._background(value, scale)}
        @focus=${() => this._focused(r, c)} @keydown=${(e) => this._navigate(e, r, c)}
      >${masked ? this.nullText : this._format(value)}</td>`;
  }

  _scale() {
    if (this.shade !== 'signed') return 1;
    let max = 0;
    for (const row of this.values) for (const v of row) if (v !== null) max = Math.max(max, Math.abs(v));
    return max || 1;
  }

  _background(value, scale) {
    if (this.shade === 'unit') {
      return `background: color-mix(in srgb, var(--lumo-primary-color) ${Math.round(85 * value)}%, transparent);`;
    }
    if (this.shade === 'signed') {
      const colour = value < 0 ? 'var(--lumo-error-color)' : 'var(--lumo-primary-color)';
      return `background: color-mix(in srgb, ${colour} ${Math.round(60 * Math.abs(value) / scale)}%, transparent);`;
    }
    return '';
  }

  _format(value) {
    return value === null || value === undefined ? this.nullText : Number(value.toFixed(this.decimals)).toString();
  }

  _commit(event, r, c) {
    const value = parseNumber(event.target.value);
    const valid = Number.isFinite(value);
    event.target.setAttribute('aria-invalid', String(!valid));
    const detail = valid ? { row: r, col: c, value } : { row: r, col: c, text: event.target.value };
    this.dispatchEvent(new CustomEvent(valid ? 'cell-commit' : 'cell-invalid', { detail, bubbles: true, composed: true }));
  }

  _focused(r, c) {
    this._active = [r, c];
    this.dispatchEvent(new CustomEvent('cell-focus', { detail: { row: r, col: c }, bubbles: true, composed: true }));
  }

  _navigate(event, r, c) {
    const rows = this.values.length;
    const cols = this.values[0]?.length ?? 0;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const nr = Math.min(rows - 1, Math.max(0, r + move[0]));
    const nc = Math.min(cols - 1, Math.max(0, c + move[1]));
    this._active = [nr, nc];
    const target = this.editable ? 'input' : 'td';
    this.updateComplete.then(() => this.renderRoot.querySelector(`${target}[data-row="${nr}"][data-col="${nc}"]`)
      ?.focus());
  }
}

customElements.define('matrix-grid', MatrixGrid);
