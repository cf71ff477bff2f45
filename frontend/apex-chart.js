import ApexCharts from 'apexcharts';

/**
 * <apex-chart>: a thin element over ApexCharts 4.7.0. The server sets `options` (everything but the data) and
 * `series` (the data); changes are applied in place on the next microtask, so a chart is created once and then
 * only updated. It waits until it has a width before rendering (ApexCharts renders empty otherwise) and follows the
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
    const text = style.getPropertyValue('--lumo-secondary-text-color').trim() || (dark ? '#ccc' : '#444');
    const base = {
      chart: { background: 'transparent', foreColor: text, fontFamily: style.fontFamily },
      theme: { mode: dark ? 'dark' : 'light' },
      tooltip: { theme: dark ? 'dark' : 'light' },
    };
    const options = merge(base, this._options);
    // JSON cannot carry functions: the server asks for a number of decimals and the formatters are made here.
    const decimals = options.dataLabels?.decimals;
    if (Number.isInteger(decimals)) {
      const format = (value) => (typeof value === 'number' ? value.toFixed(decimals) : value);
      const { decimals: _, ...dataLabels } = options.dataLabels;
      options.dataLabels = { ...dataLabels, formatter: format };
      options.tooltip = { ...options.tooltip, y: { formatter: format } };
    }
    return options;
  }

  _apply() {
    if (!this.isConnected || this.clientWidth === 0) return;
    if (!this._chart) {
      const host = document.createElement('div');
      this.replaceChildren(host);
      this._chart = new ApexCharts(host, { ...this._themed(), series: this._series });
      this._chart.render();
      this._optionsChanged = false;
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

function merge(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source)) {
    out[key] = value && typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object'
      ? merge(out[key], value) : value;
  }
  return out;
}

customElements.define('apex-chart', ApexChartElement);
