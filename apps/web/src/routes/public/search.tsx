import { eventWhen } from '../../components/cards';
import { ErrorSummary, FieldErrors, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { labels } from '../../components/labels';
import { Badge } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import type { WebSearchQuery } from '../../graphql/generated/graphql';
import { formatDate, messages, translator } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Suche',
    titleFor: 'Suche nach „{q}“',
    description: 'Volltextsuche über Praxisbeispiele und Veranstaltungen des Netzwerks.',
    intro: 'Durchsuchen Sie Praxisbeispiele und Veranstaltungen. Deutsche Wortformen werden gefunden: „Digitalisierung“ findet auch „digitalisierte“.',
    label: 'Suchbegriff',
    submit: 'Suchen',
    results: 'Ergebnisse',
    count: '{count, plural, =0 {Keine Treffer} one {# Treffer} other {# Treffer}} für „{q}“',
    none: 'Zu „{q}“ haben wir nichts gefunden. Versuchen Sie ein anderes oder allgemeineres Wort, oder stöbern Sie in den Praxisbeispielen und Themenfeldern.',
    typeCaseStudy: 'Praxisbeispiel',
    typeEvent: 'Veranstaltung',
    tooShort: 'Bitte geben Sie mindestens 2 Zeichen ein.',
  },
  {
    title: 'Search',
    titleFor: 'Search for “{q}”',
    description: 'Full-text search across the network’s case studies and events.',
    intro: 'Search case studies and events. German word forms are found: “Digitalisierung” also finds “digitalisierte”.',
    label: 'Search term',
    submit: 'Search',
    results: 'Results',
    count: '{count, plural, =0 {No results} one {# result} other {# results}} for “{q}”',
    none: 'We found nothing for “{q}”. Try another or a more general word, or browse the case studies and topics.',
    typeCaseStudy: 'Case study',
    typeEvent: 'Event',
    tooShort: 'Please enter at least 2 characters.',
  },
);

const SearchQuery = graphql(`
  query WebSearch($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      totalCount
      edges {
        cursor
        snippet
        node {
          __typename
          ... on CaseStudy { id slug title publishedAt municipality { name } }
          ... on Event { id title startsAt endsAt status organiser { name } }
        }
      }
    }
  }
`);

async function search(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const q = (ctx.query('q') ?? '').trim().slice(0, 200);
  let errors: FieldErrors = {};
  let result: WebSearchQuery['search'] | null = null;
  if (q.length === 1) {
    errors = { q: t('tooShort') };
  } else if (q) {
    const response = await ctx.api(SearchQuery, { query: q, first: 30 });
    if (response.data) result = response.data.search;
    else if (response.errors[0]?.extensions?.code === 'BAD_USER_INPUT') errors = { q: Object.values(fieldErrors(response.errors, ctx.locale))[0] ?? t('tooShort') };
    else return ctx.errorOutcome(response.errors);
  }
  const hasErrors = Object.keys(errors).length > 0;
  const title = q && !hasErrors ? t('titleFor', { q }) : t('title');
  return {
    kind: 'page',
    title,
    hasErrors,
    status: hasErrors ? 400 : 200,
    description: t('description'),
    canonical: '/suche',
    body: (
      <>
        <ErrorSummary errors={errors} locale={ctx.locale} labels={{ q: t('label') }} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body">{t('intro')}</p>
        <form method="get" action="/suche" role="search" aria-label={t('title')} class="ik-filters">
          <TextField name="q" type="search" label={t('label')} value={q} maxLength={200} error={errors.q} required locale={ctx.locale} />
          <div class="ik-actions">
            <SubmitButton>{t('submit')}</SubmitButton>
          </div>
        </form>
        {result ? (
          <section aria-labelledby="ergebnisse" class="ik-stack">
            <h2 class="kern-heading-medium" id="ergebnisse">{t('results')}</h2>
            <p class="kern-body" role="status">{t('count', { count: result.totalCount, q })}</p>
            {result.edges.length === 0 ? (
              <p class="kern-body">{t('none', { q })}</p>
            ) : (
              <ol class="ik-results">
                {result.edges.map(({ cursor, snippet, node }) => (
                  <li class="ik-card" key={cursor}>
                    {node.__typename === 'CaseStudy' ? (
                      <>
                        <p><Badge label={t('typeCaseStudy')} /></p>
                        <h3 class="kern-heading-small"><a class="kern-link" href={`/praxisbeispiele/${node.slug}`}>{node.title}</a></h3>
                        <p class="ik-meta">
                          <span>{node.municipality.name}</span>
                          {node.publishedAt ? <span>{formatDate(ctx.locale, node.publishedAt)}</span> : null}
                        </p>
                      </>
                    ) : (
                      <>
                        <p>
                          <Badge tone="success" label={t('typeEvent')} />
                          {node.status === 'CANCELLED' ? <> <Badge tone="danger" label={l('status_CANCELLED')} /></> : null}
                        </p>
                        <h3 class="kern-heading-small"><a class="kern-link" href={`/veranstaltungen/${node.id}`}>{node.title}</a></h3>
                        <p class="ik-meta">
                          <span><time dateTime={node.startsAt}>{eventWhen(ctx.locale, node.startsAt, node.endsAt)}</time></span>
                          <span>{node.organiser.name}</span>
                        </p>
                      </>
                    )}
                    {/* The API escapes everything and marks hits with <mark>. */}
                    <p class="kern-body ik-snippet" dangerouslySetInnerHTML={{ __html: snippet }} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        ) : null}
      </>
    ),
  };
}

export const searchRoutes = [get('/suche', search)];
