import { formatDate, messages, translator } from '../i18n/i18n';
import type { Locale } from '../i18n/i18n';
import { topicName } from './labels';

/** A funding programme as the public pages show it. */
export interface ProgrammeData {
  id: string;
  name: string;
  provider: string;
  url: string | null;
  deadline: string | null;
  topics?: Array<{ slug: string; name: string; nameEn: string }>;
}

const m = messages(
  {
    deadline: 'Antragsfrist: {date}',
    noDeadline: 'ohne Antragsfrist',
    provider: 'Fördergeber: {provider}',
    soon: 'Fristen in den nächsten 30 Tagen',
    noneSoon: 'In den nächsten 30 Tagen endet keine Antragsfrist.',
    all: 'Alle Förderprogramme',
  },
  {
    deadline: 'Application deadline: {date}',
    noDeadline: 'no application deadline',
    provider: 'Provider: {provider}',
    soon: 'Deadlines in the next 30 days',
    noneSoon: 'No application deadline ends in the next 30 days.',
    all: 'All funding programmes',
  },
);

function Name({ p }: { p: ProgrammeData }) {
  return p.url ? <a class="kern-link" href={p.url}>{p.name}</a> : <>{p.name}</>;
}

/** The case study's funding: the programme from the list, else the free text (with its link). */
export function FundingFact(props: { fundedBy: ProgrammeData | null; text: string | null; url: string | null; none: string }) {
  const { fundedBy, text, url } = props;
  if (fundedBy) return <><Name p={fundedBy} />{fundedBy.provider ? ` (${fundedBy.provider})` : ''}</>;
  if (!text) return <>{props.none}</>;
  return url ? <a class="kern-link" href={url}>{text}</a> : <>{text}</>;
}

/** Programmes as a list of cards: name (linked), provider, deadline, topics. */
export function ProgrammeList({ programmes, locale, level = 2 }: { programmes: ProgrammeData[]; locale: Locale; level?: 2 | 3 }) {
  const t = translator(m, locale);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <ul class="ik-list ik-stack">
      {programmes.map((p) => (
        <li key={p.id} class="ik-card">
          <Heading class="kern-heading-small"><Name p={p} /></Heading>
          <p class="kern-body">
            {p.deadline ? t('deadline', { date: formatDate(locale, p.deadline) }) : t('noDeadline')}
            {p.provider ? <><br />{t('provider', { provider: p.provider })}</> : null}
          </p>
          {p.topics && p.topics.length > 0 ? (
            <p class="ik-meta">
              {p.topics.map((tp, i) => <span key={tp.slug}>{i > 0 ? ', ' : ''}<a class="kern-link" href={`/themen/${tp.slug}`}>{topicName(tp, locale)}</a></span>)}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** "Fristen in den nächsten 30 Tagen" on a topic page. */
export function DeadlinesSection({ programmes, locale }: { programmes: ProgrammeData[]; locale: Locale }) {
  const t = translator(m, locale);
  return (
    <section aria-labelledby="fristen" class="ik-stack">
      <h2 class="kern-heading-medium" id="fristen">{t('soon')}</h2>
      {programmes.length === 0 ? <p class="kern-body">{t('noneSoon')}</p> : <ProgrammeList programmes={programmes} locale={locale} level={3} />}
      <p><a class="kern-link" href="/foerderprogramme">{t('all')}</a></p>
    </section>
  );
}
