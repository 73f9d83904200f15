import { stringify } from 'csv-stringify/sync';

/**
 * Rows as CSV for German spreadsheet software (csv-stringify, ADR 0033): UTF-8 with BOM,
 * semicolons, CRLF. A leading = + - @ TAB or CR gets an apostrophe and quotes, so spreadsheets
 * never run a cell as a formula (CSV injection). Other cells are quoted when they need it;
 * `quoteAll` quotes every cell, empty ones too.
 */
export function spreadsheetCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>, options: { quoteAll?: boolean } = {}): string {
  const quoteAll = options.quoteAll ?? false;
  return stringify(
    rows.map((row) => row.map(String)),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      quote_record_delimiter: true,
      escape_formulas: true,
      quoted_match: /^[=+\-@\t\r]/,
      quoted: quoteAll,
      quoted_empty: quoteAll,
    },
  );
}
