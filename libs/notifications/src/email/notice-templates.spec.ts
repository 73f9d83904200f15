import type { EmailLinks } from './email-layout';
import { renderEmail } from './email-templates';
import { groupDigestItems } from './digest.templates';

const links: EmailLinks = {
  home: 'https://ikone.example',
  invitation: (id) => `https://ikone.example/einladung?token=${id}`,
  passwordReset: (id) => `https://ikone.example/passwort-zuruecksetzen?token=${id}`,
  emailConsent: (id) => `https://ikone.example/e-mail-bestaetigen?token=${id}.sig`,
  freshness: (id) => `https://ikone.example/aktualitaet?token=${id}.sig`,
  application: (id) => `https://ikone.example/koordination/antraege/${id}`,
  page: (path) => `https://ikone.example${path}`,
  unsubscribe: (id) => `https://ikone.example/unsubscribe/${id}.sig`,
  preferences: 'https://ikone.example/einstellungen/benachrichtigungen',
};

describe('notice and digest emails', () => {
  it('repeat a notification in German with the link, the quoted comment escaped in HTML, and the unsubscribe URL', () => {
    const mail = renderEmail(
      'notice',
      {
        kind: 'CONTENT_CHANGES_REQUESTED',
        title: 'Bürger-App <Beta>',
        link: '/praxisbeispiele/buerger-app',
        data: { subjectType: 'CaseStudy', comment: 'Bitte <Kosten> ergänzen' },
        displayName: 'Anna',
        unsubscribeId: 'u1',
        via: null,
      },
      'de',
      links,
    );
    expect(mail.subject).toBe('Änderungen erbeten: Bürger-App <Beta>');
    expect(mail.text).toContain('Die Koordinierungsstelle bittet um Änderungen an Ihrem Praxisbeispiel „Bürger-App <Beta>“:');
    expect(mail.text).toContain('> Bitte <Kosten> ergänzen');
    expect(mail.html).toContain('Bitte &lt;Kosten&gt; ergänzen');
    expect(mail.html).not.toContain('<Beta>');
    expect(mail.text).toContain('https://ikone.example/praxisbeispiele/buerger-app');
    expect(mail.unsubscribeUrl).toBe('https://ikone.example/unsubscribe/u1.sig');
    expect(mail.html).toContain('href="https://ikone.example/unsubscribe/u1.sig"');
  });

  it('says in English which subscription brought a publication', () => {
    const mail = renderEmail(
      'notice',
      {
        kind: 'EVENT_PUBLISHED',
        title: 'Netzwerktreffen',
        link: '/veranstaltungen/e1',
        data: { subjectType: 'Event', municipality: 'Kaiserslautern', startsAt: '2026-12-10T09:00:00.000Z' },
        displayName: null,
        unsubscribeId: 's1',
        via: { topic: 'Offene Daten', topicEn: 'Open data', municipality: null },
      },
      'en',
      links,
    );
    expect(mail.subject).toBe('New event: Netzwerktreffen');
    expect(mail.text).toContain('Kaiserslautern invites you to “Netzwerktreffen” on 10 December 2026 at 10:00 (German time).');
    expect(mail.text).toContain('You receive this email because you follow the topic Open data.');
  });

  it('groups digest items by their first topic, each item once, "other" last', () => {
    const item = (title: string, topics: string[]) => ({ kind: 'CASE_STUDY_PUBLISHED' as const, title, link: `/praxisbeispiele/${title}`, data: { topics }, subscriptionId: null });
    const groups = groupDigestItems([item('b', ['Mobilität']), item('a', ['Bildung & Schule', 'Mobilität']), item('b', ['Mobilität']), item('c', [])], 'de');
    expect(groups.map((g) => [g.topic, g.items.map((i) => i.title)])).toEqual([
      ['Bildung & Schule', ['a']],
      ['Mobilität', ['b']],
      ['Weitere', ['c']],
    ]);
  });
});
