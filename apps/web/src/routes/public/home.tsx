import { labels, topicName } from '../../components/labels';
import { Badge } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import { formatDate, formatDateTime, messages, translator } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Interkommunales Netzwerk Digitale Stadt',
    description: 'Kommunen teilen Praxisbeispiele der Digitalisierung und Veranstaltungen; die Koordinierungsstelle moderiert.',
    lead: 'Kommunen teilen, was bei der Digitalisierung funktioniert hat – und was nicht. Lesen Sie Praxisbeispiele, besuchen Sie Veranstaltungen und folgen Sie den Themen, die Ihre Verwaltung bewegen.',
    latest: 'Neueste Praxisbeispiele',
    allCaseStudies: 'Alle Praxisbeispiele',
    upcoming: 'Nächste Veranstaltungen',
    allEvents: 'Alle Veranstaltungen',
    noEvents: 'Zurzeit sind keine Veranstaltungen angekündigt.',
    topics: 'Themenfelder',
    join: 'Mitglied werden',
    joinText: 'Ihre Kommune möchte mitmachen? Die Mitgliedschaft beantragen Digitalbeauftragte in wenigen Minuten; die Koordinierungsstelle meldet sich.',
    joinLink: 'Mitgliedschaft beantragen',
    stats: '{caseStudies, plural, one {# Praxisbeispiel} other {# Praxisbeispiele}} aus {municipalities, plural, one {# Kommune} other {# Kommunen}}',
  },
  {
    title: 'Inter-municipal Digital City Network',
    description: 'Municipalities share digitalisation case studies and events; the coordination office moderates.',
    lead: 'Municipalities share what worked in digitalisation – and what did not. Read case studies, attend events and follow the topics that matter to your administration.',
    latest: 'Latest case studies',
    allCaseStudies: 'All case studies',
    upcoming: 'Upcoming events',
    allEvents: 'All events',
    noEvents: 'No events are announced at the moment.',
    topics: 'Topics',
    join: 'Join the network',
    joinText: 'Would your municipality like to take part? Digital officers apply in a few minutes; the coordination office gets back to you.',
    joinLink: 'Apply for membership',
    stats: '{caseStudies, plural, one {# case study} other {# case studies}} from {municipalities, plural, one {# municipality} other {# municipalities}}',
  },
);

const HomeQuery = graphql(`
  query WebHome($from: DateTime!) {
    caseStudies(first: 6) {
      totalCount
      edges { node { id slug title summary maturity publishedAt municipality { name } } }
    }
    events(first: 4, filter: { from: $from }) {
      edges { node { id title startsAt format status organiser { name } } }
    }
    topics { slug name nameEn description descriptionEn }
    municipalities(first: 1) { totalCount }
  }
`);

async function home(ctx: WebContext) {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const data = await ctx.load(HomeQuery, { from: new Date().toISOString() });
  return {
    kind: 'page' as const,
    title: t('title'),
    description: t('description'),
    canonical: '/',
    body: (
      <>
        <section class="ik-stack">
          <h1 class="kern-heading-x-large">{t('title')}</h1>
          <p class="kern-body kern-body--large ik-prose">{t('lead')}</p>
          <p class="kern-body">{t('stats', { caseStudies: data.caseStudies.totalCount, municipalities: data.municipalities.totalCount })}</p>
        </section>
        <section aria-labelledby="neueste" class="ik-stack">
          <h2 class="kern-heading-medium" id="neueste">{t('latest')}</h2>
          <ul class="ik-grid">
            {data.caseStudies.edges.map(({ node }) => (
              <li class="ik-card" key={node.id}>
                <h3 class="kern-heading-small"><a class="kern-link" href={`/praxisbeispiele/${node.slug}`}>{node.title}</a></h3>
                <p class="ik-meta"><span>{node.municipality.name}</span>{node.publishedAt ? <span>{formatDate(ctx.locale, node.publishedAt)}</span> : null}</p>
                <p class="kern-body">{node.summary}</p>
                <p><Badge label={l(`maturity_${node.maturity}`)} /></p>
              </li>
            ))}
          </ul>
          <p><a class="kern-link" href="/praxisbeispiele">{t('allCaseStudies')}</a></p>
        </section>
        <section aria-labelledby="termine" class="ik-stack">
          <h2 class="kern-heading-medium" id="termine">{t('upcoming')}</h2>
          {data.events.edges.length === 0 ? <p class="kern-body">{t('noEvents')}</p> : (
            <ul class="ik-grid">
              {data.events.edges.map(({ node }) => (
                <li class="ik-card" key={node.id}>
                  <h3 class="kern-heading-small"><a class="kern-link" href={`/veranstaltungen/${node.id}`}>{node.title}</a></h3>
                  <p class="ik-meta"><span>{formatDateTime(ctx.locale, node.startsAt)}</span><span>{l(`format_${node.format}`)}</span><span>{node.organiser.name}</span></p>
                  {node.status === 'CANCELLED' ? <p><Badge tone="danger" label={l('status_CANCELLED')} /></p> : null}
                </li>
              ))}
            </ul>
          )}
          <p><a class="kern-link" href="/veranstaltungen">{t('allEvents')}</a></p>
        </section>
        <section aria-labelledby="themen" class="ik-stack">
          <h2 class="kern-heading-medium" id="themen">{t('topics')}</h2>
          <ul class="ik-inline-list">
            {data.topics.map((topic) => (
              <li key={topic.slug}><a class="kern-link" href={`/themen/${topic.slug}`}>{topicName(topic, ctx.locale)}</a></li>
            ))}
          </ul>
        </section>
        {(await ctx.viewer()) ? null : (
          <section aria-labelledby="mitmachen" class="ik-card">
            <h2 class="kern-heading-medium" id="mitmachen">{t('join')}</h2>
            <p class="kern-body">{t('joinText')}</p>
            <p><a class="kern-btn kern-btn--primary" href="/mitglied-werden"><span class="kern-label">{t('joinLink')}</span></a></p>
          </section>
        )}
      </>
    ),
  };
}

export const homeRoutes = [get('/', home)];
