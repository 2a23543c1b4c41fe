// CSV as RFC 4180 writes it: a field with a comma, quote or line break is quoted, quotes doubled.

/** Spreadsheets run a cell that starts with one of these as a formula: such text is prefixed with '. */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
