import type { ReconcileSummary } from '../functions/reconcile/reconcile.js';

const REASONS: Record<string, string> = {
  missing: 'not in the table',
  changed: 'changed since read',
  unfinished: 'left half-written',
  outdated: 'read by an older extractor',
  all: 'asked for',
};

/** A run's summary in a few lines a person reads. */
export function describeSummary(summary: ReconcileSummary): string[] {
  const reread = Object.entries(summary.reread).filter(([, n]) => n);
  const lines = [
    `${summary.objects} objects: ${summary.upToDate} up to date, ${reread.reduce((sum, [, n]) => sum + n, 0)} articles read again` +
      (reread.length ? ` (${reread.map(([reason, n]) => `${n} ${REASONS[reason] ?? reason}`).join(', ')})` : '') +
      `, ${summary.references} official series imported, ${summary.removed} articles of deleted objects removed`,
  ];
  const outcomes = Object.entries(summary.outcomes).filter(([, n]) => n);
  if (outcomes.length) lines.push(`outcomes: ${outcomes.map(([outcome, n]) => `${n} ${outcome}`).join(', ')}`);
  if (summary.outdated) lines.push(`${summary.outdated} articles were read by an older extractor: \`npm run reextract\` reads them again`);
  for (const { key, error } of summary.errors.slice(0, 5)) lines.push(`could not read ${key}: ${error}`);
  if (summary.errors.length > 5) lines.push(`… and ${summary.errors.length - 5} more errors (run again to retry them)`);
  return lines;
}
