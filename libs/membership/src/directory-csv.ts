import type { MunicipalityKind } from './entities/municipality.entity';

/** A malformed directory file; names the line (1-based). Free of imports so test setup can use it. */
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

/** Parses the directory CSV (`ags,name,state`, names may be quoted); throws naming the line. */
export function parseDirectoryCsv(text: string): DirectoryRow[] {
  // Numbered before blank and comment lines are dropped, so errors name the line in the file.
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'));
  const header = lines.shift();
  if (header?.line.trim() !== 'ags,name,state') {
    throw new DirectoryCsvError(header?.number ?? 1, 'Kopfzeile muss "ags,name,state" sein');
  }
  return lines.map(({ line, number }) => {
    const match = /^(\d{8}),(?:"((?:[^"]|"")*)"|([^,]*)),([A-Z]{2})$/.exec(line.trim());
    if (!match || !(GERMAN_STATES as readonly string[]).includes(match[4])) {
      throw new DirectoryCsvError(number, `Zeile ungültig: ${line}`);
    }
    return { ags: match[1], name: (match[2] ?? match[3]).replace(/""/g, '"'), state: match[4] };
  });
}

