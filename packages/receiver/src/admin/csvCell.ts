/**
 * One CSV cell (RFC 4180): objects as JSON, quoted when it holds a quote, comma or line break.
 * A value a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading ' inside the quotes too, as quoting alone does not stop Excel or LibreOffice running it.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value == 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
