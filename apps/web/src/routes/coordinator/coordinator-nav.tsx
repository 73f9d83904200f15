import type { ComponentChildren } from 'preact';
import { ErrorSummary, FieldErrors } from '../../components/form';
import { messages } from '../../i18n/i18n';
import type { ApiError } from '../../server/api-client';
import { OutcomeError } from '../../server/web-context';
import type { Outcome, PageResult, WebContext } from '../../server/web-context';

/** Names of the sections of the coordinator workspace (navigation and page titles). */
export const sections = messages(
  {
    navLabel: 'Koordination',
    dashboard: 'Übersicht',
    review: 'Prüfung',
    reports: 'Meldungen',
    applications: 'Anträge',
    municipalities: 'Kommunen',
    partners: 'Partner',
    people: 'Personen',
    invite: 'Einladen',
    topics: 'Themenfelder',
    fundingProgrammes: 'Förderprogramme',
    freshness: 'Aktualität',
    audit: 'Protokoll',
    deliveries: 'Zustellungen',
    statistics: 'Statistik',
    workspace: 'Koordination',
    filter: 'Filtern',
    reset: 'Filter zurücksetzen',
    all: 'Alle',
    none: '–',
    decided: 'Entschieden',
  },
  {
    navLabel: 'Coordination',
    dashboard: 'Overview',
    review: 'Review',
    reports: 'Reports',
    applications: 'Applications',
    municipalities: 'Municipalities',
    partners: 'Partners',
    people: 'People',
    invite: 'Invite',
    topics: 'Topics',
    fundingProgrammes: 'Funding programmes',
    freshness: 'Freshness',
    audit: 'Audit log',
    deliveries: 'Deliveries',
    statistics: 'Statistics',
    workspace: 'Coordination',
    filter: 'Filter',
    reset: 'Reset filters',
    all: 'All',
    none: '–',
    decided: 'Decided',
  },
);

const LINKS: Array<[string, keyof typeof sections.de]> = [
  ['/koordination', 'dashboard'],
  ['/koordination/pruefung', 'review'],
  ['/koordination/meldungen', 'reports'],
  ['/koordination/antraege', 'applications'],
  ['/koordination/kommunen', 'municipalities'],
  ['/koordination/partner', 'partners'],
  ['/koordination/personen', 'people'],
  ['/koordination/einladen', 'invite'],
  ['/koordination/themen', 'topics'],
  ['/koordination/foerderprogramme', 'fundingProgrammes'],
  ['/koordination/aktualitaet', 'freshness'],
  ['/koordination/protokoll', 'audit'],
  ['/koordination/zustellungen', 'deliveries'],
  ['/koordination/statistik', 'statistics'],
];

/** The workspace's own navigation, below the main navigation. */
export function CoordinatorNav({ ctx }: { ctx: WebContext }) {
  const t = ctx.tr(sections);
  const path = ctx.pathname;
  return (
    <nav class="ik-nav-sub" aria-label={t('navLabel')}>
      <ul class="ik-inline-list">
        {LINKS.map(([href, key]) => {
          const current = href === '/koordination' ? path === href : path === href || path.startsWith(`${href}/`);
          return (
            <li key={href}>
              <a class="kern-link" href={href} aria-current={current ? 'page' : undefined}>
                {t(key)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** A page of the workspace: its navigation, the error summary of a failed submit, one h1. */
export function coordinatorPage(ctx: WebContext, title: string, body: ComponentChildren, errors: FieldErrors = {}, labels?: Record<string, string>): PageResult {
  const failed = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title,
    status: failed ? 400 : 200,
    hasErrors: failed,
    body: (
      <>
        <CoordinatorNav ctx={ctx} />
        <ErrorSummary errors={errors} locale={ctx.locale} labels={labels} />
        <h1 class="kern-heading-large">{title}</h1>
        {body}
      </>
    ),
  };
}

/** The query string of this request, for filters and pagination links. */
export function searchParams(ctx: WebContext): URLSearchParams {
  return new URLSearchParams(ctx.path.split('?')[1] ?? '');
}

/** True when the API refused the input (the form is shown again with the problems). */
export function isBadInput(errors: ApiError[]): boolean {
  return errors.length > 0 && errors.every((e) => ['BAD_USER_INPUT', 'CONFLICT'].includes(e.extensions?.code ?? ''));
}

/** A posted mutation's outcome: the redirect on success, the page for refusals other than bad input. */
export function failure(ctx: WebContext, errors: ApiError[]): Outcome | null {
  if (errors.length === 0) return null;
  if (isBadInput(errors)) return null;
  return ctx.errorOutcome(errors);
}

/** A route parameter. */
export function param(ctx: WebContext, name: string): string {
  return (ctx.req.params as Record<string, string>)[name] ?? '';
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A route parameter that is an id, or a 404 page for anything that cannot be one. */
export function idParam(ctx: WebContext, name: string): string {
  const id = param(ctx, name);
  if (!UUID.test(id)) throw new OutcomeError({ kind: 'status', status: 404 });
  return id;
}
