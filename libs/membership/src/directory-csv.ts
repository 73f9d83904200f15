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

/** Splits "Kaiserslautern, Stadt" into the name people use and the kind of body. */
export function describeDirectoryName(directoryName: string): { name: string; kind: MunicipalityKind } {
  const [base, ...rest] = directoryName.split(', ');
  const suffix = rest.join(', ');
  return { name: base.trim(), kind: /stadt/i.test(suffix) ? 'STADT' : 'GEMEINDE' };
}

/** Parses the directory CSV (`ags,name,state`, names may be quoted); throws naming the line. */
export function parseDirectoryCsv(text: string): DirectoryRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift()?.trim();
  if (header !== 'ags,name,state') {
    throw new DirectoryCsvError(1, 'Kopfzeile muss "ags,name,state" sein');
  }
  return lines.map((line, i) => {
    const match = /^(\d{8}),(?:"((?:[^"]|"")*)"|([^,]*)),([A-Z]{2})$/.exec(line.trim());
    if (!match || !(GERMAN_STATES as readonly string[]).includes(match[4])) {
      throw new DirectoryCsvError(i + 2, `Zeile ungültig: ${line}`);
    }
    return { ags: match[1], name: (match[2] ?? match[3]).replace(/""/g, '"'), state: match[4] };
  });
}

