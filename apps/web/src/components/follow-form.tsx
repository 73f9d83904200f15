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
    introPartner: 'Erfahren Sie, wenn ein Praxisbeispiel oder eine Veranstaltung mit dieser Partnerorganisation erscheint.',
    followingPartner: 'Sie folgen dieser Partnerorganisation ({frequency}).',
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
    introPartner: 'Be told when a case study or an event with this partner organisation appears.',
    followingPartner: 'You follow this partner organisation ({frequency}).',
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
  target: { thema: string } | { kommune: string } | { partner: string };
  /** Where the action sends the browser back to. */
  path: string;
  csrf: string;
  signedIn: boolean;
  current: Frequency | null;
}) {
  const t = translator(m, props.locale);
  const l = translator(labels, props.locale);
  const [name, value] = Object.entries(props.target)[0] as ['thema' | 'kommune' | 'partner', string];
  const intro = { thema: 'introTopic', kommune: 'introMunicipality', partner: 'introPartner' } as const;
  const following = { thema: 'followingTopic', kommune: 'followingMunicipality', partner: 'followingPartner' } as const;
  return (
    <section aria-labelledby="folgen" class="ik-card">
      <h2 class="kern-heading-medium" id="folgen">{t('heading')}</h2>
      <p class="kern-body">{t(intro[name])}</p>
      {!props.signedIn ? (
        <p class="kern-body">
          <a class="kern-link" href={`/anmelden?zurueck=${encodeURIComponent(props.path)}`}>{t('signIn')}</a>
        </p>
      ) : (
        <>
          {props.current ? (
            <p class="kern-body" role="status">
              {t(following[name], { frequency: l(`frequency_${props.current}`) })}
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
