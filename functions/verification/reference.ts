import { metricOfReferenceField } from '../core/metrics.js';

/** One point of the official series, as imported from a file under the bucket's `reference/` prefix. */
export interface ReferencePoint {
  /** The report date. */
  date: string;
  /** A single claim metric (functions/core/metrics.ts). */
  metric: string;
  /** The running total since 2022-02-24 as of that report. */
  total: number;
}

/**
 * Reads an official series file: JSON (an array of records with `date` and one field per
 * category, as the General Staff dataset has them) or CSV with the same columns. Throws an
 * Error with a human-readable message when the file cannot be read.
 */
export function parseReference(fileName: string, text: string): ReferencePoint[] {
  const records = /\.csv$/i.test(fileName) ? csvRecords(text) : jsonRecords(text);
  const points: ReferencePoint[] = [];
  for (const [index, record] of records.entries()) {
    const date = String(record.date ?? '');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`record ${index + 1} has no valid "date" (YYYY-MM-DD): ${JSON.stringify(record.date)}`);
    const totals = new Map<string, number>();
    for (const [field, value] of Object.entries(record)) {
      const metric = metricOfReferenceField(field);
      const total = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''));
      if (!metric || value === '' || value === null || !Number.isFinite(total)) continue;
      // A metric counted in several fields (old reports split vehicles and fuel tanks) is their sum.
      totals.set(metric, (totals.get(metric) ?? 0) + total);
    }
    for (const [metric, total] of totals) points.push({ date, metric, total });
  }
  if (points.length === 0) throw new Error('the file holds no reference figures (expected records with "date" and category fields)');
  return points;
}

function jsonRecords(text: string): Array<Record<string, unknown>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error('expected a JSON array of daily records');
  return data.filter((record): record is Record<string, unknown> => Boolean(record) && typeof record === 'object');
}

function csvRecords(text: string): Array<Record<string, unknown>> {
  const [header, ...rows] = text.split(/\r?\n/).filter((line) => line.trim());
  if (!header) throw new Error('the CSV file is empty');
  const columns = splitCsvLine(header).map((c) => c.trim());
  if (!columns.includes('date')) throw new Error('the CSV header has no "date" column');
  return rows.map((row) => Object.fromEntries(splitCsvLine(row).map((cell, i) => [columns[i] ?? `column${i}`, cell.trim()])));
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
