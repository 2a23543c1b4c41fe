// An article's text cut into runs at every claim's quote boundaries (and the chosen claim's
// evidence spans), so each run knows which claims cover it.

export interface Span {
  start: number;
  end: number;
}

export interface Run {
  start: number;
  end: number;
  /** Indexes of the spans that cover this run. */
  covering: number[];
}

/** Runs covering 0..length in order; spans outside the text are clipped. Pure. */
export function runs(length: number, spans: Span[]): Run[] {
  const cuts = new Set([0, length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, covering: spans.flatMap((s, j) => (s.start <= start && s.end >= end && s.start < s.end ? [j] : [])) });
  }
  return out;
}
