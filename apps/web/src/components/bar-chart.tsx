import type { Locale } from '../i18n/i18n';

export interface Bar {
  label: string;
  value: number;
}

/** Bar lengths for values on a scale from 0 to the largest value (plain arithmetic, like d3's scaleLinear). */
export function barLengths(values: number[], width: number): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? Math.round((Math.max(0, v) / max) * width * 10) / 10 : 0));
}

/**
 * A horizontal bar chart drawn on the server as SVG (no client script). It is one image
 * (`role="img"`) named by its title; the numbers are in the table it points to with
 * `aria-describedby`, which is the text alternative.
 */
export function BarChart(props: { bars: Bar[]; title: string; titleId: string; describedBy: string; locale: Locale }) {
  const rowHeight = 28;
  const labelWidth = 260;
  const barArea = 400;
  const valueWidth = 60;
  const width = labelWidth + barArea + valueWidth;
  const height = Math.max(1, props.bars.length) * rowHeight + 8;
  const lengths = barLengths(props.bars.map((b) => b.value), barArea);
  const number = new Intl.NumberFormat(props.locale === 'de' ? 'de-DE' : 'en-GB');
  return (
    <svg
      class="ik-chart"
      role="img"
      aria-labelledby={props.titleId}
      aria-describedby={props.describedBy}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={props.titleId}>{props.title}</title>
      {props.bars.map((bar, i) => {
        const y = 4 + i * rowHeight;
        const label = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
        return (
          <g key={i} class="ik-chart__bar" data-label={bar.label} data-value={bar.value}>
            <text x={labelWidth - 8} y={y + rowHeight / 2} text-anchor="end" dominant-baseline="middle" class="ik-chart__label">
              {label}
            </text>
            <rect x={labelWidth} y={y + 4} width={lengths[i]} height={rowHeight - 8} class="ik-chart__rect" />
            <text x={labelWidth + lengths[i] + 6} y={y + rowHeight / 2} dominant-baseline="middle" class="ik-chart__value">
              {number.format(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
