import type { EmailLinks } from './email-layout';
import { escapeHtml } from './email-layout';
import { renderEmail } from './email-templates';

const links: EmailLinks = {
  home: 'https://ikone.example',
  invitation: (id) => `https://ikone.example/einladung?token=${id}.sig`,
  passwordReset: (id) => `https://ikone.example/passwort-zuruecksetzen?token=${id}.sig`,
  emailConsent: (id) => `https://ikone.example/e-mail-bestaetigen?token=${id}.sig`,
  freshness: (id) => `https://ikone.example/aktualitaet?token=${id}.sig`,
  application: (id) => `https://ikone.example/koordination/antraege/${id}`,
  page: (path) => `https://ikone.example${path}`,
  unsubscribe: (id) => `https://ikone.example/unsubscribe/${id}.sig`,
  preferences: 'https://ikone.example/einstellungen/benachrichtigungen',
};

const invitation = {
  invitationId: '11111111-1111-1111-1111-111111111111',
  inviterName: 'Anna Beispiel',
  role: 'OFFICER' as const,
  municipalityName: 'Kaiserslautern',
  validDays: 7,
  expiresAt: '2025-12-02T15:30:00.000Z',
};

describe('email templates', () => {
  it('writes German by default, formally, with link, validity and footer in both parts', () => {
    const mail = renderEmail('invitation', invitation, 'de', links);
    expect(mail.subject).toBe('Ihre Einladung zu IKONE');
    expect(mail.text).toContain('Anna Beispiel lädt Sie ein, IKONE als Digitalbeauftragte bzw. Digitalbeauftragter für Kaiserslautern beizutreten.');
    expect(mail.text).toContain(links.invitation(invitation.invitationId));
    expect(mail.text).toContain('7 Tage gültig (bis 2. Dezember 2025 um 16:30 Uhr)');
    expect(mail.text).toContain('IKONE – Interkommunales Netzwerk');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain(`href="${links.invitation(invitation.invitationId)}"`);
    expect(mail.html).toContain('Einladung annehmen');
    expect(mail.html).toContain('IKONE – Interkommunales Netzwerk');
    // An unknown locale falls back to German.
    expect(renderEmail('invitation', invitation, 'fr', links).subject).toBe('Ihre Einladung zu IKONE');
  });

  it('writes English for recipients who chose it', () => {
    const mail = renderEmail('password-reset', { resetId: 'r1', displayName: 'Ann', validMinutes: 60, expiresAt: invitation.expiresAt }, 'en', links);
    expect(mail.subject).toBe('Reset your IKONE password');
    expect(mail.text).toContain('Hello Ann,');
    expect(mail.text).toContain('valid for 60 minutes');
    expect(mail.text).toContain(links.passwordReset('r1'));
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).toContain('inter-municipal knowledge-sharing network');
  });

  it('escapes every value in the HTML part and keeps the text part literal', () => {
    const evil = '<script>alert("x")</script> & Co';
    const mail = renderEmail(
      'application-new',
      {
        applicationId: 'a1',
        applicantName: evil,
        applicantEmail: 'x@example.org',
        municipalityName: 'Otterbach-Otterberg',
        kind: 'VERBANDSGEMEINDE',
        state: 'RP',
        inDirectory: false,
        motivation: 'Wir möchten <b>mitmachen</b>.\nZweite Zeile',
      },
      'de',
      links,
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>mitmachen');
    expect(mail.html).toContain(escapeHtml(evil));
    expect(mail.html).toContain('&lt;b&gt;mitmachen&lt;/b&gt;.<br>Zweite Zeile');
    expect(mail.text).toContain(evil);
    expect(mail.text).toContain('> Wir möchten <b>mitmachen</b>.\n> Zweite Zeile');
    expect(mail.text).toContain('https://ikone.example/koordination/antraege/a1');
    expect(mail.text).toContain('nicht enthalten');
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });

  it('renders every application template in both languages', () => {
    const declined = { applicationId: 'a1', applicantName: 'Bea', municipalityName: 'Mainz', comment: 'Bitte <später> erneut.' };
    expect(renderEmail('application-declined', declined, 'de', links).text).toContain('> Bitte <später> erneut.');
    expect(renderEmail('application-declined', declined, 'de', links).html).toContain('Bitte &lt;später&gt; erneut.');
    expect(renderEmail('application-declined', { ...declined, comment: null }, 'en', links).subject).toBe('Your membership application for Mainz');
    const approved = { applicationId: 'a1', invitationId: invitation.invitationId, applicantName: 'Bea', municipalityName: 'Mainz', validDays: 7, expiresAt: invitation.expiresAt };
    expect(renderEmail('application-approved', approved, 'de', links).text).toContain(links.invitation(invitation.invitationId));
    expect(renderEmail('application-approved', approved, 'en', links).subject).toContain('Welcome to IKONE');
    expect(renderEmail('application-received', { applicationId: 'a1', applicantName: 'Bea', municipalityName: 'Mainz' }, 'de', links).subject).toBe(
      'Ihr Mitgliedsantrag für Mainz',
    );
  });

  it('gives the coordinators\' application notice a one-click link that turns notification emails off', () => {
    const data = {
      applicationId: 'a1', applicantName: 'Otto', applicantEmail: 'otto@example.org', municipalityName: 'Otterbach',
      kind: 'VERBANDSGEMEINDE' as const, state: 'RP', inDirectory: true, motivation: 'Mitmachen', unsubscribeId: 'u1',
    };
    const de = renderEmail('application-new', data, 'de', links);
    expect(de.unsubscribeUrl).toBe(links.unsubscribe('u1'));
    expect(de.text).toContain(`Benachrichtigungen per E-Mail mit einem Klick abschalten:\n${links.unsubscribe('u1')}`);
    const en = renderEmail('application-new', data, 'en', links);
    expect(en.unsubscribeUrl).toBe(links.unsubscribe('u1'));
    expect(en.text).toContain('Turn off notification emails with one click:');
    // Planned before the link existed: no link, no header.
    expect(renderEmail('application-new', { ...data, unsubscribeId: undefined }, 'de', links).unsubscribeUrl).toBeUndefined();
  });
});
