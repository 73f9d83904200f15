import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../util/project-root';

/**
 * Which library owns each table (ADR 0029). Only the owner's SQL names a table; another
 * library asks the owner through what its index exports (a query method, or an exported view
 * listed in EXPORTED_VIEWS). A new table is given its owner here on purpose.
 */
const TABLE_OWNERS: Record<string, string> = {
  // platform
  outbox_event: 'libs/platform',
  rate_limit_hit: 'libs/platform',
  // audit
  audit_entry: 'libs/audit',
  // membership
  app_user: 'libs/membership',
  auth_session: 'libs/membership',
  refresh_token: 'libs/membership',
  sso_flow: 'libs/membership',
  invitation: 'libs/membership',
  password_reset: 'libs/membership',
  membership_application: 'libs/membership',
  municipality: 'libs/membership',
  directory_entry: 'libs/membership',
  partner_organisation: 'libs/membership',
  // A partner's topics: membership keeps the links and leaves "is this a topic" to the foreign key
  // partner_topic.topic_id → topic (membership sits below knowledge and cannot import TOPICS_SQL;
  // the gateway asks knowledge for the topics it shows). ADR 0029, addendum.
  partner_topic: 'libs/membership',
  // knowledge
  topic: 'libs/knowledge',
  case_study: 'libs/knowledge',
  case_study_co_owner: 'libs/knowledge',
  case_study_slug: 'libs/knowledge',
  case_study_topic: 'libs/knowledge',
  case_study_partner: 'libs/knowledge',
  event: 'libs/knowledge',
  event_topic: 'libs/knowledge',
  event_partner: 'libs/knowledge',
  registration: 'libs/knowledge',
  reuse_request: 'libs/knowledge',
  content_revision: 'libs/knowledge',
  review_decision: 'libs/knowledge',
  attachment: 'libs/knowledge',
  funding_programme: 'libs/knowledge',
  funding_programme_topic: 'libs/knowledge',
  contact_role: 'libs/knowledge',
  freshness_check: 'libs/knowledge',
  // moderation
  report: 'libs/moderation',
  // notifications
  notification: 'libs/notifications',
  subscription: 'libs/notifications',
  notification_preference: 'libs/notifications',
  email_delivery: 'libs/notifications',
  // Events the notifier could not read (ADR 0030): written and listed by the notifications library.
  outbox_dead_letter: 'libs/notifications',
  digest: 'libs/notifications',
  digest_schedule: 'libs/notifications',
  consent: 'libs/notifications',
  // the web application's sessions
  web_session: 'apps/web',
};

/**
 * The data-protection library exports and erases one person's data in every domain in one
 * transaction (ADR 0007): it reads and writes all tables by design, and its e2e tests cover
 * every table it names.
 */
const EVERY_TABLE = new Set(['libs/privacy']);

const SQL_TABLE = /\b(?:from|join|into|update|delete\s+from|truncate)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|int-spec|e2e-spec)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The text of every string and template literal (substitutions blanked), and every entity read through another library's repository. */
function tablesNamed(file: string, text: string, entityTables: Map<string, string>): Array<{ table: string; line: number }> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ table: string; line: number }> = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    let literal: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateExpression(node)) literal = node.head.text + node.templateSpans.map((span) => ' $_ ' + span.literal.text).join('');
    if (literal !== null) {
      for (const match of literal.matchAll(SQL_TABLE)) {
        const table = match[1].toLowerCase();
        if (table in TABLE_OWNERS) found.push({ table, line: line(node) });
      }
    }
    // getRepository(SomeEntity) / manager.find(SomeEntity, …) on an entity another library exports
    if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isIdentifier(node.arguments[0])) {
      const table = entityTables.get(node.arguments[0].text);
      if (table) found.push({ table, line: line(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Entity class name → table, for every `@Entity('table') export class X` in the libraries. */
function entityTables(root: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const lib of readdirSync(join(root, 'libs'))) {
    for (const file of sourceFiles(join(root, 'libs', lib, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/@Entity\('([a-z_]+)'\)\s*export class (\w+)/g)) map.set(m[2], m[1]);
    }
  }
  return map;
}

/** Every table name a library's (or app's) production code names that another owns, as `file: table` (deduplicated). */
function crossings(root: string): Record<string, string[]> {
  const entities = entityTables(root);
  const result: Record<string, string[]> = {};
  for (const kind of ['libs', 'apps']) {
    for (const name of readdirSync(join(root, kind))) {
      const owner = `${kind}/${name}`;
      if (EVERY_TABLE.has(owner)) continue;
      let files: string[];
      try {
        files = sourceFiles(join(root, kind, name, 'src'));
      } catch {
        continue;
      }
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        // An entity class the file declares itself is its own table.
        const own = new Set([...text.matchAll(/export class (\w+)/g)].map((m) => m[1]));
        const mine = new Map([...entities].filter(([cls]) => !own.has(cls)));
        const tables = tablesNamed(file, text, mine)
          .filter(({ table }) => TABLE_OWNERS[table] !== owner)
          .map(({ table }) => table);
        if (tables.length > 0) result[relative(root, file)] = [...new Set(tables)].sort();
      }
    }
  }
  return result;
}

describe('table ownership (ADR 0029)', () => {
  const root = projectRoot();

  it('names an owner for every table the migrations create', () => {
    const dir = join(root, 'libs/platform/src/database/migrations');
    const created = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/create table (?:if not exists )?"?([a-z_]+)/gi)].map((m) => m[1].toLowerCase()));
    expect(created.filter((table) => !(table in TABLE_OWNERS))).toEqual([]);
  });

  it('finds a crossing where there is one (the check itself works)', () => {
    const found = tablesNamed('x.ts', 'db.query(`select u.email from app_user u join topic t on true where u.id = $1`); repo.getRepository(TopicEntity)', new Map([['TopicEntity', 'topic']]));
    expect(found.map((f) => f.table)).toEqual(['app_user', 'topic', 'topic']);
  });

  it("lets no library's SQL touch another library's tables", () => {
    const found = Object.entries(crossings(root)).flatMap(([file, tables]) =>
      tables.map((t) => `${file} names ${t}, owned by ${TABLE_OWNERS[t]}: ask the owner through its index`),
    );
    expect(found).toEqual([]);
  });
});
