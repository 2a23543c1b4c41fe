// What the page shows of the domain: metrics from the one metrics table, claimant sides with the
// colours the charts draw them in.
import { METRIC_TABLE } from '../../../functions/core/metrics.js';
import type { Metric, Qualifier, SourceGroup } from '../api/generated.js';

export const METRIC_OPTIONS = METRIC_TABLE.map((row) => ({
  value: row.id.toUpperCase() as Metric,
  label: row.id.replace(/_/g, ' '),
  description: row.description,
}));

export const metricLabel = (metric: string): string =>
  metric
    .toLowerCase()
    .split('+')
    .map((m) => m.replace(/_/g, ' '))
    .join(' + ');

/**
 * Okabe & Ito's palette, which stays distinct with every common colour-vision deficiency; each side
 * also has its own dot shape, so no reading depends on colour alone.
 */
export const SIDES: ReadonlyArray<{ group: SourceGroup; label: string; colour: string; symbol: string }> = [
  { group: 'UA', label: 'Ukraine (UA)', colour: '#0072B2', symbol: 'circle' },
  { group: 'RU', label: 'Russia (RU)', colour: '#D55E00', symbol: 'square' },
  { group: 'UK', label: 'United Kingdom (UK)', colour: '#009E73', symbol: 'triangle' },
  { group: 'US', label: 'United States (US)', colour: '#CC79A7', symbol: 'diamond' },
  { group: 'KR', label: 'South Korea (KR)', colour: '#E69F00', symbol: 'star' },
  { group: 'INDEPENDENT', label: 'Independent', colour: '#56B4E9', symbol: 'cross' },
];
export const OFFICIAL_COLOUR = '#000000';

export const sideLabel = (group: string | null | undefined): string => SIDES.find((s) => s.group === group)?.label ?? 'no side';

export const QUALIFIER_SIGNS: Record<Qualifier, string> = { EXACT: '', APPROX: '≈ ', AT_LEAST: '≥ ', AT_MOST: '≤ ' };

export const SUBJECTS = ['Russia', 'Ukraine', 'North Korea'];
