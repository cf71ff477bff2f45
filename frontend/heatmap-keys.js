/**
 * Keyboard reading of an <apex-chart> heatmap: the chart is one Tab stop; the arrow keys (and Home/End) move a
 * marked cell, and a polite live region says which row and column it is and its value. The names are set as text.
 *
 * @param element the <apex-chart> element
 * @param state   () => ({ series, options }) as the chart shows them now (the first series is the bottom row)
 * @returns the live region, which the chart keeps when it draws itself anew
 */
export function readHeatmapByKeyboard(element, state) {
  const live = document.createElement('div');
  live.className = 'chart-cell-reading';
  live.setAttribute('aria-live', 'polite');
  live.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';
  element.append(live);
  element.tabIndex = 0;
  element.setAttribute('role', 'group');
  element.setAttribute('aria-roledescription', 'heatmap');
  element.setAttribute('aria-label', 'Heatmap. Use the arrow keys to read each cell.');
  let cell = null; // [row from the top, column]

  element.addEventListener('keydown', (event) => {
    const { series } = state();
    const rows = series.length;
    const columns = rows ? series[0].data.length : 0;
    if (!rows || !columns) return;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let next;
    if (moves[event.key]) {
      const [r, c] = cell || [0, 0];
      next = cell ? [r + moves[event.key][0], c + moves[event.key][1]] : [0, 0];
    } else if (event.key === 'Home') {
      next = [cell ? cell[0] : 0, 0];
    } else if (event.key === 'End') {
      next = [cell ? cell[0] : 0, columns - 1];
    } else {
      return;
    }
    event.preventDefault();
    cell = [Math.min(rows - 1, Math.max(0, next[0])), Math.min(columns - 1, Math.max(0, next[1]))];
    show();
  });
  element.addEventListener('blur', () => mark(null));
  return live;

  function show() {
    const { series, options } = state();
    const index = series.length - 1 - cell[0]; // ApexCharts draws the first series at the bottom
    const point = series[index].data[cell[1]];
    const rowTitle = options.yaxis?.title?.text || 'Row';
    const columnTitle = options.xaxis?.title?.text || 'Column';
    const decimals = Number.isInteger(options.dataLabels?.decimals) ? options.dataLabels.decimals : 3;
    live.textContent = `${rowTitle}: ${series[index].name}. ${columnTitle}: ${point.x}. `
      + `${Number(point.y).toFixed(decimals)}`;
    mark(index, cell[1]);
  }

  function mark(index, column) {
    element.querySelectorAll('rect.keyboard-cell').forEach((rect) => rect.classList.remove('keyboard-cell'));
    if (index === null) return;
    element.querySelector(`rect.apexcharts-heatmap-rect[i="${index}"][j="${column}"]`)?.classList.add('keyboard-cell');
  }
}
