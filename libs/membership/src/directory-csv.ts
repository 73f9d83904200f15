import { CsvError, parse } from 'csv-parse/sync';
import type { MunicipalityKind } from './entities/municipality.entity';

/** A malformed directory file; names the line (1-based). Free of @ikone imports so test setup can use it. */
export class DirectoryCsvError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`Verzeichnisdatei, Zeile ${line}: ${problem}`);
  }
}

export const GERMAN_STATES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type GermanState = (typeof GERMAN_STATES)[number];

export interface DirectoryRow {
  ags: string;
  name: string;
  state: string;
}

/**
 * Splits a directory name such as "Kaiserslautern, kfr. St." or "Landau i.d.Pf. kfr. St." into
 * the name people use and the kind of body. Suffixes in the official list: Stadt, St, St.,
 * kfr. St. (kreisfreie Stadt), gr. kr. St., GKSt (Große Kreisstadt), Hansestadt, M (Markt), …
 */
export function describeDirectoryName(directoryName: string): { name: string; kind: MunicipalityKind } {
  let base = directoryName.trim();
  let suffix = '';
  const trailing = /,?\s+(kfr\. St\.|gr\. ?kr\. ?St\.)$/.exec(base);
  if (trailing) {
    suffix = trailing[1];
    base = base.slice(0, trailing.index);
  }
  const comma = base.indexOf(', ');
  if (comma > 0) {
    suffix = `${base.slice(comma + 2)} ${suffix}`.trim();
    base = base.slice(0, comma);
  }
  const isTown = /stadt|(^|[\s,])(St\.?|GKSt)($|[\s,])|kfr\.|kr\. ?St/i.test(suffix);
  return { name: base.trim(), kind: isTown ? 'STADT' : 'GEMEINDE' };
}

/** Parses the directory CSV (`ags,name,state`, names may be quoted; csv-parse, ADR 0033); throws naming the line. */
export function parseDirectoryCsv(text: string): DirectoryRow[] {
  let records: Array<{ record: string[]; raw: string; info: { lines: number } }>;
  try {
    // Blank and comment lines are skipped but counted, so errors name the line an editor shows.
    records = parse(text, {
      bom: true,
      comment: '#',
      comment_no_infix: true,
      record_delimiter: ['\r\n', '\n'],
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      relax_column_count: true,
      info: true,
      raw: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) throw new DirectoryCsvError(Number(error.lines) || 1, `Zeile ungültig (${error.message})`);
    throw error;
  }
  const header = records.shift();
  if (header?.record.join(',') !== 'ags,name,state') {
    throw new DirectoryCsvError(header?.info.lines ?? 1, 'Kopfzeile muss "ags,name,state" sein');
  }
  return records.map(({ record, raw, info }) => {
    const [ags, name, state] = record;
    if (record.length !== 3 || !/^\d{8}$/.test(ags) || /[\r\n]/.test(name) || !(GERMAN_STATES as readonly string[]).includes(state)) {
      const line = raw.split(/\r?\n/).filter((l) => l.trim() !== '').pop() ?? raw;
      throw new DirectoryCsvError(info.lines, `Zeile ungültig: ${line.trim()}`);
    }
    return { ags, name, state };
  });
}
