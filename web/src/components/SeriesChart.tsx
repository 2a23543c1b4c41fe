// The series chart (Observable Plot): a line per claimant side, the official series dashed, the
// spread of each bucket's claims, rings where sources disagree. Click a point, or use the arrow
// keys, to pick a bucket.
import * as Plot from '@observablehq/plot';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { OFFICIAL_COLOUR } from '../lib/domain.js';
import { formatNumber } from '../lib/format.js';

export interface SidePoint {
  side: string;
  start: string;
  end: string;
  value: number | null;
  min: number | null;
  max: number | null;
  basis: string | null;
  coverage: number;
  claimCount: number;
}

export interface ChartData {
  /** Bucket starts and ends, shared by every side and the official series. */
  starts: string[];
  ends: string[];
  /** Only the sides that have a value somewhere. */
  sides: Array<{ label: string; colour: string; symbol: string; points: SidePoint[] }>;
  official: Array<{ start: string; change: number | null }> | null;
  /** Bucket indexes where one side's claims disagree, by side label. */
  disagreements: Array<{ index: number; side: string }>;
  yLabel: string;
}

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

const BASES: Record<string, string> = { REPORTED: 'reported', DIFFERENCE: 'difference of running totals', SUM_OF_DAYS: 'sum of days' };
/** How a bucket's value was reached, as the tip and the table say it. */
export const basisText = (p: Pick<SidePoint, 'basis' | 'coverage'>): string =>
  p.basis ? `${BASES[p.basis] ?? p.basis}${p.basis === 'SUM_OF_DAYS' ? ` (${Math.round(p.coverage * 100)} % of days)` : ''}` : 'no value';

export function SeriesChart({ data, selected, onSelect }: { data: ChartData; selected: number | null; onSelect: (index: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const element = box.current!;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!width) return;
    const sideStyle = data.sides;
    const points = data.sides.flatMap((s) => s.points);
    const valued = points.filter((p) => p.value !== null);
    // A sum over only some of a bucket's days is drawn hollow: a floor, not the bucket's value.
    const whole = valued.filter((p) => p.coverage >= 1);
    const partial = valued.filter((p) => p.coverage < 1);
    const spread = points.filter((p) => p.min !== null && p.max !== null && p.min !== p.max);
    const rings = data.disagreements.flatMap(({ index, side }) => {
      const point = data.sides.find((s) => s.label === side)?.points[index];
      return point && point.value !== null ? [point] : [];
    });
    const chart = Plot.plot({
      width,
      height: Math.max(260, Math.min(420, Math.round(width * 0.45))),
      marginLeft: 56,
      x: { type: 'utc', domain: [date(data.starts[0]!), date(data.starts[data.starts.length - 1]!)], label: null },
      y: { grid: true, label: data.yLabel, zero: true, tickFormat: '~s' },
      color: { domain: sideStyle.map((s) => s.label), range: sideStyle.map((s) => s.colour) },
      symbol: { domain: sideStyle.map((s) => s.label), range: sideStyle.map((s) => s.symbol) },
      marks: [
        selected !== null ? Plot.ruleX([date(data.starts[selected]!)], { stroke: '#555', strokeWidth: 1.5 }) : null,
        data.official
          ? Plot.lineY(data.official, { x: (d) => date(d.start), y: 'change', stroke: OFFICIAL_COLOUR, strokeDasharray: '6,3', strokeWidth: 1.5, className: 'official-series' })
          : null,
        Plot.ruleX(spread, { x: (d) => date(d.start), y1: 'min', y2: 'max', stroke: 'side', strokeOpacity: 0.45, strokeWidth: 3 }),
        Plot.lineY(points, { x: (d) => date(d.start), y: 'value', z: 'side', stroke: 'side', strokeWidth: 1.5 }),
        Plot.dot(whole, { x: (d) => date(d.start), y: 'value', fill: 'side', symbol: 'side', r: 3, className: 'claim-points' }),
        Plot.dot(partial, { x: (d) => date(d.start), y: 'value', stroke: 'side', fill: '#fff', symbol: 'side', r: 3.5, strokeWidth: 1.5, className: 'partial-points' }),
        Plot.dot(rings, { x: (d) => date(d.start), y: 'value', r: 8, stroke: '#000', strokeWidth: 1.5, fill: 'none', className: 'disagreements' }),
        Plot.tip(
          valued,
          Plot.pointer({
            x: (d) => date(d.start),
            y: 'value',
            title: (d: SidePoint) =>
              `${d.side}\n${d.start === d.end ? d.start : `${d.start} – ${d.end}`}: ${formatNumber(d.value)}\n${basisText(d)} · ${d.claimCount} claim${d.claimCount === 1 ? '' : 's'}`,
          }),
        ),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    chart.addEventListener('click', (event) => {
      const x = chart.scale('x');
      const bounds = chart.getBoundingClientRect();
      const at = x?.invert?.((event as MouseEvent).clientX - bounds.left) as Date | undefined;
      if (!at) return;
      const target = at.getTime();
      let nearest = 0;
      data.starts.forEach((start, i) => {
        if (Math.abs(date(start).getTime() - target) < Math.abs(date(data.starts[nearest]!).getTime() - target)) nearest = i;
      });
      onSelect(nearest);
    });
    box.current!.replaceChildren(chart);
    box.current!.dataset.drawn = String(valued.length);
    if (!performance.getEntriesByName('workbench:chart-drawn').length) performance.mark('workbench:chart-drawn');
  }, [data, width, selected]);

  /** The buckets that have anything to show, in order: where the arrow keys step. */
  const steps = data.starts.map((_, i) => i).filter((i) => data.sides.some((s) => s.points[i]?.value !== null) || data.official?.[i]?.change != null);

  function onKey(event: KeyboardEvent) {
    if (steps.length === 0) return;
    const moves: Record<string, number | undefined> = {
      ArrowRight: selected === null ? steps[0] : steps.find((i) => i > selected),
      ArrowLeft: selected === null ? steps[steps.length - 1] : [...steps].reverse().find((i) => i < selected),
      Home: steps[0],
      End: steps[steps.length - 1],
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = moves[event.key];
    if (next !== undefined) onSelect(next);
  }

  return (
    <div
      ref={box}
      class="chart"
      tabIndex={0}
      role="group"
      aria-label={`Chart of ${data.yLabel}. Left and right arrow keys move between buckets; the claims behind the chosen one are listed below the chart.`}
      onKeyDown={onKey}
    />
  );
}
