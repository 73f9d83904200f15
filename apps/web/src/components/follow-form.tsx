import type { Locale } from '../i18n/i18n';
import { messages, translator } from '../i18n/i18n';
import { labels } from './labels';
import { ChoiceGroup, CsrfField, SubmitButton } from './form';

export type Frequency = 'IMMEDIATE' | 'DAILY' | 'WEEKLY';
const FREQUENCIES: readonly Frequency[] = ['IMMEDIATE', 'DAILY', 'WEEKLY'];

const m = messages(
  {
    heading: 'Folgen',
    introTopic: 'Erfahren Sie, wenn in diesem Themenfeld ein Praxisbeispiel oder eine Veranstaltung erscheint.',
    introMunicipality: 'Erfahren Sie, wenn diese Kommune ein Praxisbeispiel oder eine Veranstaltung veröffentlicht.',
    followingTopic: 'Sie folgen diesem Themenfeld ({frequency}).',
    followingMunicipality: 'Sie folgen dieser Kommune ({frequency}).',
    frequency: 'Wie oft möchten Sie per E-Mail benachrichtigt werden?',
    frequencyHint: 'In der Plattform sehen Sie Neuigkeiten immer sofort.',
    submit: 'Folgen',
    signIn: 'Zum Folgen bitte einloggen',
  },
  {
    heading: 'Follow',
    introTopic: 'Be told when a case study or an event appears in this topic.',
    introMunicipality: 'Be told when this municipality publishes a case study or an event.',
    followingTopic: 'You follow this topic ({frequency}).',
    followingMunicipality: 'You follow this municipality ({frequency}).',
    frequency: 'How often would you like to be told by email?',
    frequencyHint: 'On the platform you always see news at once.',
    submit: 'Follow',
    signIn: 'Please sign in to follow',
  },
);

/**
 * The follow form of a topic or municipality page: posts to `/abonnements` (works without
 * JavaScript); tells a follower their current frequency and lets them change it.
 */
export function FollowForm(props: {
  locale: Locale;
  target: { thema: string } | { kommune: string };
  /** Where the action sends the browser back to. */
  path: string;
  csrf: string;
  signedIn: boolean;
  current: Frequency | null;
}) {
  const t = translator(m, props.locale);
  const l = translator(labels, props.locale);
  const isTopic = 'thema' in props.target;
  const [name, value] = isTopic ? ['thema', (props.target as { thema: string }).thema] : ['kommune', (props.target as { kommune: string }).kommune];
  return (
    <section aria-labelledby="folgen" class="ik-card">
      <h2 class="kern-heading-medium" id="folgen">{t('heading')}</h2>
      <p class="kern-body">{isTopic ? t('introTopic') : t('introMunicipality')}</p>
      {!props.signedIn ? (
        <p class="kern-body">
          <a class="kern-link" href={`/anmelden?zurueck=${encodeURIComponent(props.path)}`}>{t('signIn')}</a>
        </p>
      ) : (
        <>
          {props.current ? (
            <p class="kern-body" role="status">
              {isTopic ? t('followingTopic', { frequency: l(`frequency_${props.current}`) }) : t('followingMunicipality', { frequency: l(`frequency_${props.current}`) })}
            </p>
          ) : null}
          <form method="post" action="/abonnements" class="ik-form">
            <CsrfField token={props.csrf} />
            <input type="hidden" name={name} value={value} />
            <input type="hidden" name="zurueck" value={props.path} />
            <ChoiceGroup
              name="haeufigkeit"
              legend={t('frequency')}
              hint={t('frequencyHint')}
              type="radio"
              selected={[props.current ?? 'IMMEDIATE']}
              options={FREQUENCIES.map((f) => ({ value: f, label: l(`frequency_${f}`) }))}
            />
            <SubmitButton>{t('submit')}</SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
