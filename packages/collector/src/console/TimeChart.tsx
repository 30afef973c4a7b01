// A time-series chart drawn by uPlot (the console's only chart module). uPlot draws on a canvas
// in a few milliseconds and weighs about 50 kB minified; the canvas is hidden from assistive
// technology, and every chart has a summary and a table beside it (Statistics.tsx).
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One line of the chart. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

interface TimeChartProps {
  /** The x values: seconds since the epoch. */
  times: number[];
  series: ChartSeries[];
  /** Formats a y value for the axis. */
  formatValue: (value: number) => string;
  /** Fixes the y range (e.g. 0–100 for rates); counts start at 0 and grow to fit. */
  range?: [number, number];
}

// Okabe–Ito: told apart with the common colour-vision deficiencies, on light and dark alike.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'];
const HEIGHT = 240;

/** The colours of the page's current theme, read from CSS (the canvas cannot use custom properties). */
function themeColours(element: HTMLElement) {
  const style = getComputedStyle(element);
  return { text: style.color, grid: style.getPropertyValue('--console-grid').trim() || 'rgba(128,128,128,0.3)' };
}

export function TimeChart({ times, series, formatValue, range }: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current!;
    let chart: uPlot | null = null;
    const draw = () => {
      chart?.destroy();
      const { text, grid } = themeColours(element);
      const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
      chart = new uPlot(
        {
          width: Math.max(element.clientWidth, 200),
          height: HEIGHT,
          legend: { show: false },
          cursor: { show: false },
          scales: { x: { time: true }, y: range ? { range } : { range: (_, __, max) => [0, Math.max(max, 1) * 1.1] } },
          axes: [axis, { ...axis, size: 56, values: (_, ticks) => ticks.map(formatValue) }],
          series: [{}, ...series.map(({ label }, index) => ({ label, stroke: PALETTE[index % PALETTE.length], width: 2, spanGaps: false, points: { show: times.length < 40 } }))],
        },
        [times, ...series.map(({ values }) => values)] as uPlot.AlignedData,
        element,
      );
    };
    draw();
    // Redrawn to fit the box, and in the other theme's colours when the system theme changes.
    const resized = new ResizeObserver(() => chart?.setSize({ width: Math.max(element.clientWidth, 200), height: HEIGHT }));
    resized.observe(element);
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', draw);
    return () => {
      resized.disconnect();
      scheme.removeEventListener('change', draw);
      chart?.destroy();
    };
  }, [times, series, formatValue, range]);
  return (
    <div class="chart">
      <div ref={box} class="chart-canvas" aria-hidden="true" data-chart-series={series.length} />
      <ul class="chart-key" aria-hidden="true">
        {series.map(({ label }, index) => (
          <li key={label}>
            <span class="swatch" style={{ background: PALETTE[index % PALETTE.length] }} />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
