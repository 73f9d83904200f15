import { Ajv, type ErrorObject } from 'ajv';
import parseSpdx from 'spdx-expression-parse';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError, type FieldProblem } from '@ikone/platform';

/** publiccode.yml files of this size or more are refused before parsing (ADR 0027). */
export const PUBLICCODE_MAX_BYTES = 64 * 1024;

const DEVELOPMENT_STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'] as const;
const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'] as const;
const SOFTWARE_TYPES = [
  'standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other',
  'addon', 'library', 'configurationFiles',
];

/** What the platform keeps of an accepted publiccode.yml and shows in the "Software" box. */
export interface SoftwareSummary {
  /** publiccodeYmlVersion as written, e.g. "0.4". */
  version: string;
  name: string;
  /** SPDX expression from legal.license. */
  licence: string;
  maintenanceType: (typeof MAINTENANCE_TYPES)[number];
  /** Names of maintenance.contacts (or of maintenance.contractors under a contract). */
  maintainers: string[];
  developmentStatus: (typeof DEVELOPMENT_STATUSES)[number];
  /** The `url` key: where the file says the code lives. */
  url: string;
}

const text = { type: 'string', minLength: 1 } as const;
const named = { type: 'object', required: ['name'], properties: { name: text } } as const;

/**
 * The keys every publiccode.yml from 0.2 on must have, written from the standard's text
 * (schema.core.rst): no JSON schema is published by the standard, and the maintained parsers are Go.
 */
const SCHEMA = {
  type: 'object',
  required: ['publiccodeYmlVersion', 'name', 'url', 'platforms', 'developmentStatus', 'softwareType', 'description', 'legal', 'maintenance', 'localisation'],
  properties: {
    publiccodeYmlVersion: { type: 'string', pattern: '^0(\\.[0-9]+){0,2}$' },
    name: { ...text, maxLength: 200 },
    url: { ...text, maxLength: 2000 },
    platforms: { anyOf: [text, { type: 'array', minItems: 1, items: text }] },
    developmentStatus: { enum: DEVELOPMENT_STATUSES },
    softwareType: { enum: SOFTWARE_TYPES },
    description: {
      type: 'object',
      minProperties: 1,
      additionalProperties: { type: 'object', required: ['shortDescription'], properties: { shortDescription: { ...text, maxLength: 150 } } },
    },
    legal: { type: 'object', required: ['license'], properties: { license: { ...text, maxLength: 300 } } },
    maintenance: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { enum: MAINTENANCE_TYPES },
        contacts: { type: 'array', items: named },
        contractors: { type: 'array', items: named },
      },
      allOf: [
        { if: { properties: { type: { enum: ['internal', 'community'] } }, required: ['type'] }, then: { required: ['contacts'] } },
        { if: { properties: { type: { const: 'contract' } }, required: ['type'] }, then: { required: ['contractors'] } },
      ],
    },
    localisation: {
      type: 'object',
      required: ['localisationReady', 'availableLanguages'],
      properties: { localisationReady: { type: 'boolean' }, availableLanguages: { type: 'array', minItems: 1, items: text } },
    },
  },
};

const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['Text', 'text'],
  boolean: ['true oder false', 'true or false'],
  array: ['Liste', 'list'],
  object: ['Abschnitt mit Schlüsseln', 'section of keys'],
};

/**
 * Reads a pasted publiccode.yml: the summary to keep, or InputError on `field` with one problem
 * per finding, each naming the key and the line ("publiccode.yml, Zeile 4: 'legal.license' fehlt").
 */
export function parsePubliccode(source: string, field = 'input.publiccodeYml'): SoftwareSummary {
  const problem = (line: number | null, de: string, en: string): FieldProblem => ({
    path: field,
    de: line ? `publiccode.yml, Zeile ${line}: ${de}` : `publiccode.yml: ${de}`,
    en: line ? `publiccode.yml, line ${line}: ${en}` : `publiccode.yml: ${en}`,
  });
  if (Buffer.byteLength(source, 'utf8') >= PUBLICCODE_MAX_BYTES) {
    throw new InputError([problem(null, 'Die Datei muss kleiner als 64 kB sein.', 'The file must be smaller than 64 kB.')]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lines.linePos(offset).line;
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.slice(0, 5).map((e) => problem(lineAt(e.pos[0]), `kein gültiges YAML (${e.code})`, `not valid YAML (${e.code})`)),
    );
  }
  if (!isMap(doc.contents)) {
    throw new InputError([problem(1, 'erwartet werden Schlüssel wie „name:“', 'keys such as "name:" are expected')]);
  }
  const data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  // Written unquoted, `publiccodeYmlVersion: 0.4` reads as a number; the standard means the text.
  if (typeof data.publiccodeYmlVersion === 'number') data.publiccodeYmlVersion = String(data.publiccodeYmlVersion);

  /** The line of the key at a path (of a list item: the item), or of its nearest present parent. */
  const lineOf = (path: string[]): number => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const segment of path) {
      let next: { line: number; node: unknown } | null = null;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
        if (pair && isScalar(pair.key) && pair.key.range) next = { line: lineAt(pair.key.range[0]), node: pair.value };
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (item?.range) next = { line: lineAt(item.range[0]), node: item };
      }
      if (!next) break;
      ({ line, node } = next);
    }
    return line;
  };
  if (!validate(data)) {
    const findings = (validate.errors ?? []).filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf').map((e) => describe(e, lineOf));
    const unique = [...new Map(findings.map((f) => [f.de, f])).values()].slice(0, 10);
    throw new InputError(unique.map((f) => problem(f.line, f.de, f.en)));
  }
  const legal = data.legal as { license: string };
  try {
    parseSpdx(legal.license);
  } catch {
    throw new InputError([
      problem(
        lineOf(['legal', 'license']),
        `'legal.license' ist keine SPDX-Lizenzangabe: „${legal.license}“ (zum Beispiel EUPL-1.2 oder AGPL-3.0-or-later)`,
        `'legal.license' is not an SPDX licence expression: "${legal.license}" (for example EUPL-1.2 or AGPL-3.0-or-later)`,
      ),
    ]);
  }
  const maintenance = data.maintenance as { type: SoftwareSummary['maintenanceType']; contacts?: Array<{ name: string }>; contractors?: Array<{ name: string }> };
  return {
    version: data.publiccodeYmlVersion as string,
    name: data.name as string,
    licence: legal.license,
    maintenanceType: maintenance.type,
    maintainers: [...(maintenance.contacts ?? []), ...(maintenance.contractors ?? [])].map((c) => c.name),
    developmentStatus: data.developmentStatus as SoftwareSummary['developmentStatus'],
    url: data.url as string,
  };
}

function describe(e: ErrorObject, lineOf: (path: string[]) => number): { line: number; de: string; en: string } {
  const path = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = path.join('.');
  switch (e.keyword) {
    case 'required': {
      const missing = [...path, (e.params as { missingProperty: string }).missingProperty].join('.');
      return { line: lineOf(path), de: `'${missing}' fehlt`, en: `'${missing}' is missing` };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: string[] }).allowedValues.join(', ');
      return { line: lineOf(path), de: `'${key}' muss einer dieser Werte sein: ${allowed}`, en: `'${key}' must be one of: ${allowed}` };
    }
    case 'type': {
      const [de, en] = TYPE_NAMES[(e.params as { type: string }).type] ?? ['anderer Typ', 'another type'];
      return { line: lineOf(path), de: `'${key}' muss ${de} sein`, en: `'${key}' must be ${en}` };
    }
    case 'maxLength':
      return { line: lineOf(path), de: `'${key}' ist zu lang (höchstens ${e.params.limit} Zeichen)`, en: `'${key}' is too long (at most ${e.params.limit} characters)` };
    case 'pattern':
      return { line: lineOf(path), de: `'${key}' muss eine Versionsnummer wie "0.4" sein`, en: `'${key}' must be a version such as "0.4"` };
    default:
      return { line: lineOf(path), de: `'${key}' darf nicht leer sein`, en: `'${key}' must not be empty` };
  }
}

export type RepositoryPlatform = 'OPEN_CODE' | 'GITHUB' | 'GITLAB' | 'OTHER';

/** Where a repository is hosted, by its host: Open CoDE (gitlab.opencode.de), GitHub, a GitLab, or other. */
export function repositoryPlatform(url: string): RepositoryPlatform {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'OTHER';
  }
  if (host === 'gitlab.opencode.de' || host.endsWith('.opencode.de') || host === 'opencode.de') return 'OPEN_CODE';
  if (host === 'github.com' || host.endsWith('.github.com')) return 'GITHUB';
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return 'GITLAB';
  return 'OTHER';
}
