import { stringify } from 'csv-stringify/sync';

/** Cells a spreadsheet would run as a formula (CWE-1236): what they start with. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet shows as written: a formula-like text gets a leading apostrophe. */
export function neutralise(cell: string | number | boolean | null | undefined): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180 CSV (CRLF, quotes doubled), UTF-8 with a byte order mark so that spreadsheets open
 * French text right, every text cell neutralised.
 */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return (
    '\uFEFF' +
    stringify([header.map(neutralise), ...rows.map((row) => row.map(neutralise))], {
      record_delimiter: '\r\n',
      quoted_match: /[\s\S]*[",\r\n][\s\S]*/,
    })
  );
}
