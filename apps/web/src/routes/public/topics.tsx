import { topicName } from '../../components/labels';
import { CaseStudyCards, EventCards } from '../../components/cards';
import { FollowForm } from '../../components/follow-form';
import { DeadlinesSection } from '../../components/funding';
import { graphql } from '../../graphql/generated';
import { messages } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Themenfelder',
    description: 'Die Themenfelder des Netzwerks: Praxisbeispiele und Veranstaltungen nach Thema, zum Folgen und als Feed.',
    intro: 'Folgen Sie den Themen, die Ihre Verwaltung bewegt: Sie erfahren, wenn dort ein Praxisbeispiel oder eine Veranstaltung erscheint.',
    count: '{count, plural, =0 {Keine Themenfelder} one {# Themenfeld} other {# Themenfelder}}',
    caseStudies: 'Praxisbeispiele',
    caseStudiesCount: '{count, plural, =0 {Noch keine Praxisbeispiele in diesem Themenfeld.} one {# Praxisbeispiel} other {# Praxisbeispiele}}',
    allCaseStudies: 'Alle Praxisbeispiele in diesem Themenfeld',
    events: 'Kommende Veranstaltungen',
    noEvents: 'Zurzeit sind in diesem Themenfeld keine Veranstaltungen angekündigt.',
    allEvents: 'Alle Veranstaltungen in diesem Themenfeld',
    feeds: 'Feeds',
    atom: 'Atom-Feed der öffentlichen Praxisbeispiele',
    calendar: 'Kalender (iCal) der öffentlichen Veranstaltungen',
    feedHint: 'Feed-Reader und Kalender-Apps zeigen Neues, ohne dass Sie sich anmelden.',
    allTopics: 'Alle Themenfelder',
    funding: 'Förderprogramme mit Antragsfristen zu diesen Themen',
  },
  {
    title: 'Topics',
    description: 'The topics of the network: case studies and events by topic, to follow and as a feed.',
    intro: 'Follow the topics that matter to your administration: you are told when a case study or an event appears there.',
    count: '{count, plural, =0 {No topics} one {# topic} other {# topics}}',
    caseStudies: 'Case studies',
    caseStudiesCount: '{count, plural, =0 {No case studies in this topic yet.} one {# case study} other {# case studies}}',
    allCaseStudies: 'All case studies in this topic',
    events: 'Upcoming events',
    noEvents: 'No events are announced in this topic at the moment.',
    allEvents: 'All events in this topic',
    feeds: 'Feeds',
    atom: 'Atom feed of the public case studies',
    calendar: 'Calendar (iCal) of the public events',
    feedHint: 'Feed readers and calendar apps show what is new without signing in.',
    allTopics: 'All topics',
    funding: 'Funding programmes with application deadlines for these topics',
  },
);

const ListQuery = graphql(`
  query WebTopics {
    topics { slug name nameEn description descriptionEn }
  }
`);

const TopicQuery = graphql(`
  query WebTopic($slugs: [String!]!, $slug: String!, $from: DateTime!, $signedIn: Boolean!) {
    topics { id slug name nameEn description descriptionEn }
    caseStudies(filter: { topicSlugs: $slugs }, first: 12) {
      totalCount
      edges { node { id slug title summary maturity publishedAt municipality { name } } }
    }
    events(filter: { topicSlugs: $slugs, from: $from }, first: 6) {
      totalCount
      edges { node { id title startsAt endsAt format location status organiser { name } } }
    }
    mySubscriptions @include(if: $signedIn) { id frequency topic { slug } }
    fundingProgrammes(topicSlug: $slug, deadlineWithinDays: 30) { id name provider url deadline }
  }
`);

async function list(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const { topics } = await ctx.load(ListQuery, {});
  const en = ctx.locale === 'en';
  return {
    kind: 'page',
    title: t('title'),
    description: t('description'),
    canonical: '/themen',
    body: (
      <>
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body kern-body--large">{t('intro')}</p>
        <p class="kern-body">{t('count', { count: topics.length })}</p>
        <p class="kern-body"><a class="kern-link" href="/foerderprogramme">{t('funding')}</a></p>
        <ul class="ik-grid">
          {topics.map((topic) => (
            <li class="ik-card" key={topic.slug}>
              <h2 class="kern-heading-small">
                <a class="kern-link" href={`/themen/${topic.slug}`}>{topicName(topic, ctx.locale)}</a>
              </h2>
              <p class="kern-body">{en ? topic.descriptionEn : topic.description}</p>
            </li>
          ))}
        </ul>
      </>
    ),
  };
}

async function detail(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const slug = (ctx.req.params as { slug: string }).slug;
  const viewer = await ctx.viewer();
  const data = await ctx.load(TopicQuery, { slugs: [slug], slug, from: new Date().toISOString(), signedIn: viewer !== null });
  const topic = data.topics.find((tp) => tp.slug === slug);
  if (!topic) return { kind: 'status', status: 404 };
  const en = ctx.locale === 'en';
  const name = topicName(topic, ctx.locale);
  const following = data.mySubscriptions?.find((s) => s.topic?.slug === slug) ?? null;
  const path = `/themen/${slug}`;
  return {
    kind: 'page',
    title: name,
    description: en ? topic.descriptionEn : topic.description,
    canonical: path,
    body: (
      <article class="ik-stack">
        <p class="ik-meta">
          <a class="kern-link" href="/themen">{t('allTopics')}</a>
        </p>
        <h1 class="kern-heading-large">{name}</h1>
        <p class="kern-body kern-body--large ik-prose">{en ? topic.descriptionEn : topic.description}</p>
        <FollowForm locale={ctx.locale} target={{ thema: slug }} path={path} csrf={ctx.csrfToken} signedIn={viewer !== null} current={following?.frequency ?? null} />
        <section aria-labelledby="praxisbeispiele" class="ik-stack">
          <h2 class="kern-heading-medium" id="praxisbeispiele">{t('caseStudies')}</h2>
          <p class="kern-body">{t('caseStudiesCount', { count: data.caseStudies.totalCount })}</p>
          <CaseStudyCards items={data.caseStudies.edges.map((e) => e.node)} locale={ctx.locale} level={3} />
          {data.caseStudies.totalCount > data.caseStudies.edges.length ? (
            <p><a class="kern-link" href={`/praxisbeispiele?thema=${encodeURIComponent(slug)}`}>{t('allCaseStudies')}</a></p>
          ) : null}
        </section>
        <section aria-labelledby="veranstaltungen" class="ik-stack">
          <h2 class="kern-heading-medium" id="veranstaltungen">{t('events')}</h2>
          {data.events.edges.length === 0 ? <p class="kern-body">{t('noEvents')}</p> : <EventCards events={data.events.edges.map((e) => e.node)} locale={ctx.locale} level={3} />}
          {data.events.totalCount > data.events.edges.length ? (
            <p><a class="kern-link" href={`/veranstaltungen?thema=${encodeURIComponent(slug)}`}>{t('allEvents')}</a></p>
          ) : null}
        </section>
        <DeadlinesSection programmes={data.fundingProgrammes} locale={ctx.locale} />
        <section aria-labelledby="feeds" class="ik-stack">
          <h2 class="kern-heading-medium" id="feeds">{t('feeds')}</h2>
          <ul class="kern-body ik-list">
            <li><a class="kern-link" href={`/topics/${encodeURIComponent(slug)}/feed.atom`} type="application/atom+xml">{t('atom')}</a></li>
            <li><a class="kern-link" href={`/calendar.ics?topic=${encodeURIComponent(slug)}`} type="text/calendar">{t('calendar')}</a></li>
          </ul>
          <p class="kern-hint">{t('feedHint')}</p>
        </section>
      </article>
    ),
  };
}

export const topicRoutes = [get('/themen', list), get('/themen/:slug', detail)];
