import ApexCharts from 'apexcharts';
import { readHeatmapByKeyboard } from './heatmap-keys.js';

/**
 * <apex-chart>: a thin element over ApexCharts 4.7.0. The server sets `options` (everything but the data) and
 * `series` (the data); changes are applied in place together at the end of the task that made them, so a chart is
 * created once and then only updated. It waits until it has a width before rendering (ApexCharts renders empty otherwise) and follows the
 * page's light/dark theme.
 */
class ApexChartElement extends HTMLElement {
  constructor() {
    super();
    this._options = {};
    this._series = [];
    this._chart = null;
    this._pending = false;
    this._optionsChanged = false;
  }

  set options(value) {
    this._options = value || {};
    this._optionsChanged = true;
    this._schedule();
  }

  get options() {
    return this._options;
  }

  set series(value) {
    this._series = value || [];
    this._schedule();
  }

  get series() {
    return this._series;
  }

  connectedCallback() {
    this._resize = new ResizeObserver(() => this._schedule());
    this._resize.observe(this);
    this._themeWatch = new MutationObserver(() => {
      this._optionsChanged = true;
      this._schedule();
    });
    this._themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
    this._schedule();
  }

  disconnectedCallback() {
    this._resize.disconnect();
    this._themeWatch.disconnect();
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  /**
   * Applies what changed once the current task is done: the options and series of one server message are drawn
   * together, at once (waiting for the next frame measured slower in ChartLatencyBenchmark).
   */
  _schedule() {
    if (this._pending) return;
    this._pending = true;
    queueMicrotask(() => {
      this._pending = false;
      this._apply();
    });
  }

  _themed() {
    const style = getComputedStyle(this);
    const dark = document.documentElement.getAttribute('theme') === 'dark';
    // ApexCharts shades colours by parsing them, and it only understands hex and rgb(): convert Lumo's hsl().
    const lumo = (name, fallback) => cssColorToHex(style.getPropertyValue(name).trim() || fallback);
    const base = {
      chart: { background: 'transparent', foreColor: lumo('--lumo-secondary-text-color', dark ? '#ccc' : '#444'),
               fontFamily: style.fontFamily },
      // One hue, the theme's primary colour (ApexCharts' own palettes differ between light and dark).
      colors: [lumo('--lumo-primary-color', '#1676f3')],
      grid: { borderColor: lumo('--lumo-contrast-10pct', '#e0e0e0') },
      theme: { mode: dark ? 'dark' : 'light' },
      tooltip: { theme: dark ? 'dark' : 'light' },
    };
    const options = merge(base, this._options);
    if (options.chart?.type === 'bar' && options.dataLabels?.enabled) {
      // Numbers above the bars, in the text colour: inside a short bar they were cut off or unreadable.
      options.plotOptions = merge(options.plotOptions || {}, { bar: { dataLabels: { position: 'top' } } });
      options.dataLabels = { ...options.dataLabels, offsetY: -20,
                             style: { colors: [lumo('--lumo-body-text-color', dark ? '#eee' : '#222')] } };
      options.grid = merge(options.grid || {}, { padding: { top: 18 } });
    }
    if (options.chart?.type === 'heatmap') {
      const background = lumo('--lumo-base-color', '#fff');
      options.stroke = { colors: [background] };
      const scale = options.plotOptions?.heatmap?.colorScale;
      if (scale && Number.isFinite(scale.min) && Number.isFinite(scale.max) && !scale.ranges) {
        scale.ranges = shadeRanges(scale.min, scale.max, background, base.colors[0],
          lumo('--lumo-body-text-color', '#222'), lumo('--lumo-primary-contrast-color', '#fff'));
        options.plotOptions.heatmap.enableShades = false;
      }
    }
    // JSON cannot carry functions: the server asks for a number of decimals and the formatters are made here.
    const decimals = options.dataLabels?.decimals;
    const format = Number.isInteger(decimals)
      ? (value) => (typeof value === 'number' ? value.toFixed(decimals) : asText(value))
      : (value) => asText(value);
    if (options.dataLabels) {
      const { decimals: _, ...dataLabels } = options.dataLabels;
      options.dataLabels = { ...dataLabels, formatter: format };
    }
    return withTextOnly(options, format);
  }

  _apply() {
    if (!this.isConnected || this.clientWidth === 0) return;
    if (!this._chart) {
      const host = document.createElement('div');
      this.replaceChildren(host, ...(this._reading ? [this._reading] : []));
      this._chart = new ApexCharts(host, { ...this._themed(), series: this._series });
      this._chart.render();
      this._optionsChanged = false;
      if (this._options.chart?.type === 'heatmap' && !this._reading) {
        this._reading = readHeatmapByKeyboard(this, () => ({ series: this._series, options: this._options }));
      }
      return;
    }
    if (this._optionsChanged) {
      this._optionsChanged = false;
      this._chart.updateOptions({ ...this._themed(), series: this._series }, false, true, false);
    } else {
      this._chart.updateSeries(this._series, true);
    }
  }
}

/**
 * The one place that keeps names (class labels, tokens: text a person typed) from becoming markup. ApexCharts puts
 * tooltip titles, series names and legend entries into the page as HTML, so every formatter that can reach HTML
 * returns escaped text; axis and data labels are SVG text nodes, where the formatters return plain text.
 */
function withTextOnly(options, formatValue) {
  const tooltip = options.tooltip || {};
  return {
    ...options,
    tooltip: {
      ...tooltip,
      x: { ...tooltip.x, formatter: (value) => escapeHtml(value) },
      y: { ...tooltip.y, formatter: (value) => escapeHtml(formatValue(value)),
           title: { formatter: (name) => (name ? escapeHtml(name) + ':' : '') } },
      z: { ...tooltip.z, formatter: (value) => escapeHtml(value), title: '' },
    },
    legend: { ...options.legend, formatter: (name) => escapeHtml(name) },
  };
}

function asText(value) {
  return value === null || value === undefined ? '' : String(value);
}

function escapeHtml(value) {
  return asText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const canvas = document.createElement('canvas').getContext('2d');
const SHADES = 6;

/**
 * Equal steps from min to max, each a mix of the background and the accent colour, with a text colour that stays
 * readable on it (ApexCharts' own shading keeps one label colour for pale and dark cells alike).
 */
function shadeRanges(min, max, background, accent, text, textOnAccent) {
  const step = (max - min) / SHADES;
  return Array.from({ length: SHADES }, (_, k) => ({
    from: k === 0 ? -Infinity : min + k * step,
    to: k === SHADES - 1 ? Infinity : min + (k + 1) * step,
    color: mix(background, accent, (k + 0.5) / SHADES),
    foreColor: k >= SHADES / 2 ? textOnAccent : text,
  }));
}

function mix(from, to, amount) {
  const a = parseInt(from.slice(1), 16);
  const b = parseInt(to.slice(1), 16);
  const channel = (shift) => Math.round(((a >> shift) & 255) * (1 - amount) + ((b >> shift) & 255) * amount);
  return '#' + [16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('');
}

/** Any CSS colour as the canvas normalises it: '#rrggbb' when opaque, 'rgba(r, g, b, a)' otherwise. */
function cssColorToHex(color) {
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  return canvas.fillStyle;
}

function merge(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source)) {
    out[key] = value && typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object'
      ? merge(out[key], value) : value;
  }
  return out;
}

customElements.define('apex-chart', ApexChartElement);
