/**
 * The Chart.js baseline: the comparator's horizontal bars drawn by Chart.js, registering only what
 * a bar chart needs (Chart.js's documented tree-shaking), with each bar's value written at its end
 * as the Vega chart does, and no animation.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { ChartRow, ChartTheme, DrawChart } from './chart-types.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const valueLabels = (rows: readonly ChartRow[], theme: ChartTheme): Plugin<'bar'> => ({
  id: 'value-labels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = theme.text;
    ctx.font = `13px ${theme.font}`;
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach((bar, i) => ctx.fillText(rows[i]!.label, bar.x + 4, bar.y));
    ctx.restore();
  },
});

export const drawBars: DrawChart = async (container, rows, theme, width) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = rows.length * 28 + 40;
  container.append(canvas);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.name),
      datasets: [{ data: rows.map((r) => r.value), backgroundColor: rows.map((r) => theme[r.role]) }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: false,
      layout: { padding: { right: 56 } },
      scales: { x: { beginAtZero: true, ticks: { color: theme.text } }, y: { ticks: { color: theme.text, font: { size: 13 } } } },
    },
    plugins: [valueLabels(rows, theme)],
  });
};
