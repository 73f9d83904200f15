import { Fragment, type VNode } from 'preact';
import { messages, translator } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

/*
 * Imprint, privacy policy and accessibility statement. Operator-specific details are
 * placeholders in [square brackets] that the operating body fills in before going live.
 * Texts are plain (no ICU arguments); a blank line starts a paragraph, "- " a list item, and
 * addresses starting with https:// or mailto: become links.
 */

const common = messages(
  {
    placeholderNote: 'Hinweis für die betreibende Stelle: Angaben in [eckigen Klammern] sind Platzhalter und vor dem Betrieb zu ersetzen.',
  },
  {
    placeholderNote: 'Note for the operating body: details in [square brackets] are placeholders to be replaced before going live.',
  },
);

const imprint = messages(
  {
    title: 'Impressum',
    description: 'Anbieterkennzeichnung der Plattform IKONE.',
    h_provider: 'Anbieter',
    provider: 'Angaben nach § 5 Digitale-Dienste-Gesetz (DDG):\n\n[Name der betreibenden Stelle, z. B. Stadtverwaltung Kaiserslautern – Koordinierungsstelle des Interkommunalen Netzwerks Digitale Stadt]\n[Straße Hausnummer]\n[Postleitzahl Ort]\n\nVertreten durch: [Name und Funktion der vertretungsberechtigten Person, z. B. Oberbürgermeister/in]\n\nDie betreibende Stelle ist eine Körperschaft des öffentlichen Rechts. Zuständige Aufsichtsbehörde: [Name und Anschrift der Aufsichtsbehörde].',
    h_contact: 'Kontakt',
    contact: '- Telefon: [Telefonnummer]\n- E-Mail: [E-Mail-Adresse der Koordinierungsstelle]\n- Umsatzsteuer-Identifikationsnummer nach § 27a UStG: [falls vorhanden]',
    h_responsible: 'Verantwortlich für den Inhalt',
    responsible: 'Verantwortlich nach § 18 Abs. 2 Medienstaatsvertrag: [Name, Anschrift wie oben].\n\nPraxisbeispiele und Veranstaltungen stellen die Mitgliedskommunen ein; für ihren Inhalt ist die jeweils genannte Kommune verantwortlich. Die Koordinierungsstelle prüft Beiträge vor der Veröffentlichung und nimmt Hinweise auf fehlerhafte Inhalte über die Meldefunktion oder die oben genannte Adresse entgegen.',
    h_links: 'Links auf andere Seiten',
    links: 'Für Inhalte verlinkter fremder Seiten sind deren Anbieter verantwortlich. Bei Bekanntwerden rechtswidriger Inhalte entfernen wir den Link umgehend.',
    h_software: 'Software',
    software: 'Die Plattform läuft mit IKONE, freier Software unter der Europäischen Gemeinschaftslizenz EUPL-1.2, für interkommunale Wissensnetzwerke.',
  },
  {
    title: 'Imprint',
    description: 'Legal notice of the IKONE platform.',
    h_provider: 'Provider',
    provider: 'Details under section 5 of the German Digital Services Act (DDG):\n\n[Name of the operating body, e.g. City of Kaiserslautern – coordination office of the Inter-municipal Digital City Network]\n[Street and number]\n[Postcode and town]\n\nRepresented by: [name and position of the authorised representative, e.g. Lord Mayor]\n\nThe operating body is a public-law corporation. Supervisory authority: [name and address of the supervisory authority].',
    h_contact: 'Contact',
    contact: '- Telephone: [telephone number]\n- Email: [email address of the coordination office]\n- VAT identification number under section 27a UStG: [if any]',
    h_responsible: 'Responsible for the content',
    responsible: 'Responsible under section 18(2) of the Interstate Media Treaty: [name, address as above].\n\nCase studies and events are entered by the member municipalities; the municipality named with each is responsible for its content. The coordination office reviews contributions before publication and takes notes about incorrect content through the report function or the address above.',
    h_links: 'Links to other sites',
    links: 'The providers of linked third-party sites are responsible for their content. When we learn of unlawful content, we remove the link at once.',
    h_software: 'Software',
    software: 'The platform runs IKONE, free software under the European Union Public Licence EUPL-1.2, for inter-municipal knowledge networks.',
  },
);

const privacy = messages(
  {
    title: 'Datenschutzerklärung',
    description: 'Welche personenbezogenen Daten IKONE verarbeitet, wozu, auf welcher Rechtsgrundlage, wie lange, und welche Rechte Sie haben.',
    intro: 'Wir verarbeiten personenbezogene Daten nur, soweit es für den Betrieb des Netzwerks nötig ist. Es gibt keine Werbung, kein Tracking, keine Reichweitenmessung und keine Inhalte von Drittanbietern; Schriften und Skripte kommen vom eigenen Server.',
    h_controller: 'Verantwortliche Stelle',
    controller: '[Name der betreibenden Stelle]\n[Anschrift]\nE-Mail: [E-Mail-Adresse]\nTelefon: [Telefonnummer]',
    h_dpo: 'Datenschutzbeauftragte/r',
    dpo: '[Name der oder des Datenschutzbeauftragten]\n[Anschrift]\nE-Mail: [E-Mail-Adresse der oder des Datenschutzbeauftragten]',
    h_data: 'Welche Daten wir speichern',
    data: '- Beim Aufruf jeder Seite: die IP-Adresse, der Zeitpunkt und die aufgerufene Adresse, um die Plattform auszuliefern und vor Missbrauch zu schützen (z. B. Begrenzung von Anmeldeversuchen).\n- Konto: Name, E-Mail-Adresse, Rolle, Kommune, gewählte Sprache, Passwort (nur als nicht umkehrbarer Hash), Zeitpunkt der letzten Anmeldung und die aktiven Sitzungen.\n- Antrag auf Mitgliedschaft: Name und E-Mail-Adresse der antragstellenden Person, Kommune und Begründung.\n- Beiträge: Praxisbeispiele und Veranstaltungen mit der genannten Kontaktperson, deren Versionen und Anhänge.\n- Anmeldungen zu Veranstaltungen, einschließlich Warteliste.\n- Abonnements von Themenfeldern und Kommunen, Benachrichtigungen in der Plattform, E-Mail-Einstellungen sowie Ihre Einwilligung in Benachrichtigungs-E-Mails (Zeitpunkt, Textfassung, Widerruf).\n- Meldungen von Inhalten und Anfragen zur Nachnutzung.\n- Ein Prüfprotokoll der Entscheidungen der Koordinierungsstelle (wer hat wann was getan und warum).',
    h_purposes: 'Zwecke und Rechtsgrundlagen',
    purposes: '- Betrieb des interkommunalen Wissensnetzwerks – Veröffentlichen und Moderieren von Praxisbeispielen und Veranstaltungen, Verzeichnis der Mitgliedskommunen, Prüfprotokoll: Art. 6 Abs. 1 lit. e DSGVO (Wahrnehmung einer Aufgabe im öffentlichen Interesse) in Verbindung mit [Rechtsgrundlage nach Landesrecht, z. B. dem Landesdatenschutzgesetz].\n- Ihr Konto, die Anmeldung zu Veranstaltungen, Abonnements und Benachrichtigungen in der Plattform: Art. 6 Abs. 1 lit. b DSGVO (Nutzungsverhältnis, das Sie mit der Annahme der Einladung eingehen).\n- Benachrichtigungs- und Zusammenfassungs-E-Mails: Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO, die Sie über einen Bestätigungslink erteilen (Double-Opt-in) und jederzeit mit Wirkung für die Zukunft widerrufen können – über den Abmeldelink jeder E-Mail oder in den Einstellungen.\n- Schutz vor Missbrauch (Protokolle, Begrenzung von Anmeldeversuchen): Art. 6 Abs. 1 lit. e DSGVO.',
    h_recipients: 'Wer die Daten sieht',
    recipients: '- Öffentliche Beiträge sieht jede Person, Beiträge „Nur im Netzwerk“ sehen angemeldete Mitglieder. E-Mail-Adressen von Kontaktpersonen sehen nur angemeldete Mitglieder.\n- Veranstaltende Kommunen sehen die Namen der Angemeldeten ihrer Veranstaltungen.\n- Die Koordinierungsstelle sieht Konten, Anträge, Meldungen und das Prüfprotokoll.\n- Technische Dienstleister, die im Auftrag nach Art. 28 DSGVO tätig sind: [Rechenzentrum/Hosting], [E-Mail-Versand]. Eine Übermittlung in Drittländer findet nicht statt.',
    h_retention: 'Speicherdauer',
    retention: '- Konto: bis Sie es löschen oder die Koordinierungsstelle es nach dem Ausscheiden Ihrer Kommune löscht. Beim Löschen werden Ihre personenbezogenen Daten entfernt; Ihre Beiträge bleiben bei der Kommune und werden als von einem „ehemaligen Mitglied“ angezeigt.\n- Sitzungen: höchstens 30 Tage nach der letzten Nutzung, mit der Abmeldung sofort.\n- Anträge auf Mitgliedschaft: [Frist, z. B. 6 Monate nach der Entscheidung].\n- Anmeldungen zu Veranstaltungen: [Frist, z. B. 12 Monate nach der Veranstaltung].\n- Einwilligungen: bis [Frist, z. B. 3 Jahre] nach dem Widerruf, zum Nachweis.\n- Server-Protokolle: [Frist, z. B. 7 Tage].\n- Prüfprotokoll: [Frist nach den Aufbewahrungsregeln der betreibenden Stelle].',
    h_cookies: 'Cookies',
    cookies: 'Wir setzen nur Cookies, die für den Dienst unbedingt erforderlich sind (§ 25 Abs. 2 Nr. 2 TDDDG); sie brauchen keine Einwilligung, und es gibt keine Tracking- oder Werbe-Cookies:\n\n- ikone_sid: hält Sie nach der Anmeldung angemeldet (zufällige Kennung; höchstens 30 Tage).\n- ikone_anon: schützt Formulare vor untergeschobenen Anfragen (CSRF), bis der Browser geschlossen wird.\n- ikone_lang: merkt sich die gewählte Sprache (1 Jahr), nur wenn Sie die Sprache wechseln.\n- ikone_notice: zeigt nach dem Absenden eines Formulars einmal einen Hinweis an (60 Sekunden).',
    h_rights: 'Ihre Rechte',
    rights: 'Sie haben das Recht auf\n\n- Auskunft über Ihre Daten (Art. 15 DSGVO) – angemeldet laden Sie unter „Meine Daten“ alle Daten Ihres Kontos selbst herunter,\n- Berichtigung (Art. 16 DSGVO),\n- Löschung (Art. 17 DSGVO) – Ihr Konto löschen Sie unter „Meine Daten“ selbst,\n- Einschränkung der Verarbeitung (Art. 18 DSGVO),\n- Datenübertragbarkeit (Art. 20 DSGVO) – der Download ist maschinenlesbar (JSON),\n- Widerspruch gegen Verarbeitungen nach Art. 6 Abs. 1 lit. e DSGVO aus Gründen Ihrer besonderen Situation (Art. 21 DSGVO),\n- Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).\n\nWenden Sie sich dazu an die verantwortliche Stelle oder die oder den Datenschutzbeauftragten. Sie können sich außerdem bei einer Aufsichtsbehörde beschweren (Art. 77 DSGVO), zum Beispiel bei [zuständige Aufsichtsbehörde, z. B. Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz, Anschrift].',
    h_version: 'Stand',
    version: 'Stand dieser Erklärung: [Datum].',
  },
  {
    title: 'Privacy policy',
    description: 'Which personal data IKONE processes, for what, on which legal basis, for how long, and what your rights are.',
    intro: 'We process personal data only as far as running the network needs it. There is no advertising, no tracking, no audience measurement and no third-party content; fonts and scripts come from our own server.',
    h_controller: 'Controller',
    controller: '[Name of the operating body]\n[Address]\nEmail: [email address]\nTelephone: [telephone number]',
    h_dpo: 'Data protection officer',
    dpo: '[Name of the data protection officer]\n[Address]\nEmail: [email address of the data protection officer]',
    h_data: 'What we store',
    data: '- On every page request: the IP address, the time and the address requested, to deliver the platform and protect it from abuse (e.g. limiting sign-in attempts).\n- Account: name, email address, role, municipality, chosen language, password (only as a one-way hash), time of the last sign-in and the active sessions.\n- Membership application: name and email address of the applicant, municipality and motivation.\n- Contributions: case studies and events with the named contact person, their revisions and attachments.\n- Event registrations, including the waiting list.\n- Subscriptions to topics and municipalities, notifications on the platform, email settings and your consent to notification emails (time, text version, withdrawal).\n- Content reports and reuse requests.\n- An audit log of the coordination office’s decisions (who did what, when and why).',
    h_purposes: 'Purposes and legal bases',
    purposes: '- Running the inter-municipal knowledge network – publishing and moderating case studies and events, the directory of member municipalities, the audit log: Art. 6(1)(e) GDPR (task carried out in the public interest) in conjunction with [legal basis under state law, e.g. the state data protection act].\n- Your account, event registrations, subscriptions and notifications on the platform: Art. 6(1)(b) GDPR (the terms of use you accept with the invitation).\n- Notification and digest emails: your consent under Art. 6(1)(a) GDPR, given through a confirmation link (double opt-in), which you can withdraw at any time for the future – through the unsubscribe link in every email or in the settings.\n- Protection from abuse (logs, limiting sign-in attempts): Art. 6(1)(e) GDPR.',
    h_recipients: 'Who sees the data',
    recipients: '- Public contributions are visible to everyone, “network only” contributions to signed-in members. Email addresses of contact persons are visible only to signed-in members.\n- Organising municipalities see the names of the people registered for their events.\n- The coordination office sees accounts, applications, reports and the audit log.\n- Technical service providers acting on our behalf under Art. 28 GDPR: [data centre/hosting], [email delivery]. No data is transferred to third countries.',
    h_retention: 'Retention',
    retention: '- Account: until you delete it or the coordination office deletes it after your municipality leaves. Deleting removes your personal data; your contributions stay with the municipality and are shown as by a “former member”.\n- Sessions: at most 30 days after the last use, at once when you sign out.\n- Membership applications: [period, e.g. 6 months after the decision].\n- Event registrations: [period, e.g. 12 months after the event].\n- Consents: until [period, e.g. 3 years] after withdrawal, as proof.\n- Server logs: [period, e.g. 7 days].\n- Audit log: [period under the operating body’s records rules].',
    h_cookies: 'Cookies',
    cookies: 'We only set cookies that are strictly necessary for the service (section 25(2) no. 2 TDDDG); they need no consent, and there are no tracking or advertising cookies:\n\n- ikone_sid: keeps you signed in after signing in (random identifier; at most 30 days).\n- ikone_anon: protects forms from forged requests (CSRF), until the browser is closed.\n- ikone_lang: remembers the chosen language (1 year), only when you switch language.\n- ikone_notice: shows a notice once after a form was sent (60 seconds).',
    h_rights: 'Your rights',
    rights: 'You have the right to\n\n- access your data (Art. 15 GDPR) – when signed in, you download all data of your account yourself under “My data”,\n- rectification (Art. 16 GDPR),\n- erasure (Art. 17 GDPR) – you delete your account yourself under “My data”,\n- restriction of processing (Art. 18 GDPR),\n- data portability (Art. 20 GDPR) – the download is machine-readable (JSON),\n- object to processing under Art. 6(1)(e) GDPR on grounds relating to your particular situation (Art. 21 GDPR),\n- withdraw a consent for the future (Art. 7(3) GDPR).\n\nContact the controller or the data protection officer for this. You may also lodge a complaint with a supervisory authority (Art. 77 GDPR), for example [competent authority, e.g. the State Commissioner for Data Protection and Freedom of Information of Rhineland-Palatinate, address].',
    h_version: 'Version',
    version: 'Version of this policy: [date].',
  },
);

const accessibility = messages(
  {
    title: 'Erklärung zur Barrierefreiheit',
    description: 'Wie barrierefrei die Plattform IKONE ist, welche Einschränkungen wir kennen und wie Sie uns Barrieren melden.',
    intro: '[Name der betreibenden Stelle] ist bemüht, die Plattform IKONE im Einklang mit § 12a des Behindertengleichstellungsgesetzes (BGG) bzw. [einschlägiges Landesgesetz, z. B. Landesinklusionsgesetz Rheinland-Pfalz] und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Plattform unter [Internetadresse der Plattform].',
    h_status: 'Stand der Vereinbarkeit mit den Anforderungen',
    status: 'Die Plattform ist mit den Anforderungen der BITV 2.0 (WCAG 2.1 Stufe AA, EN 301 549) weitgehend vereinbar. Die unten genannten Inhalte sind noch nicht vollständig barrierefrei.',
    h_limits: 'Nicht barrierefreie Inhalte',
    limits: '- Inhalte der Mitglieder: Praxisbeispiele und Veranstaltungsbeschreibungen schreiben die Kommunen selbst. Überschriftenfolge, Linktexte und Verständlichkeit dieser Texte können wir nicht in jedem Fall sicherstellen.\n- Anhänge: Hochgeladene PDF-Dokumente und Bilder sind oft nicht barrierefrei (fehlende Struktur oder Alternativtexte).\n- Leichte Sprache und Gebärdensprache: Erläuterungen in Leichter Sprache und in Deutscher Gebärdensprache fehlen noch.\n- Fremde Dienste: Kalender-Dateien öffnen sich in Ihrer Kalender-App, Online-Veranstaltungen in Videokonferenz-Diensten der veranstaltenden Kommune; deren Barrierefreiheit liegt nicht bei uns.\n- Prüfung: Die Seiten werden bei jeder Änderung automatisch mit axe-core gegen WCAG 2.1 AA geprüft und ohne JavaScript getestet; Bedienung mit Tastatur und Bildschirmleser ist noch nicht systematisch von Hand geprüft. Automatische Prüfungen finden nicht alle Barrieren; eine vollständige Prüfung durch eine unabhängige Prüfstelle steht noch aus.',
    h_method: 'Erstellung dieser Erklärung',
    method: 'Diese Erklärung wurde am [Datum] auf Grundlage einer Selbstbewertung erstellt und zuletzt am [Datum] überprüft.',
    h_feedback: 'Barrieren melden: Feedback und Kontakt',
    feedback: 'Sind Ihnen Barrieren aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Schreiben Sie uns:\n\n- E-Mail: [E-Mail-Adresse für Barrierefreiheit, z. B. barrierefreiheit@…]\n- Telefon: [Telefonnummer]\n- Post: [Anschrift der betreibenden Stelle]\n\nWir antworten innerhalb von [Frist, z. B. zwei Wochen].',
    h_arbitration: 'Schlichtungsverfahren',
    arbitration: 'Wenn auch nach Ihrem Feedback an uns keine zufriedenstellende Lösung gefunden wurde, können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden. Sie hat die Aufgabe, bei Konflikten zur Barrierefreiheit zwischen Menschen mit Behinderungen und öffentlichen Stellen eine außergerichtliche Streitbeilegung zu unterstützen. Das Schlichtungsverfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand.\n\nSchlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen: https://www.schlichtungsstelle-bgg.de/\n\nFür Stellen der Länder und Kommunen kann zusätzlich eine Schlichtungs- oder Durchsetzungsstelle des Landes zuständig sein: [Name, Anschrift und Internetadresse der zuständigen Landesstelle].',
  },
  {
    title: 'Accessibility statement',
    description: 'How accessible the IKONE platform is, which limitations we know of and how to report barriers to us.',
    intro: '[Name of the operating body] strives to make the IKONE platform accessible in accordance with section 12a of the German Disability Equality Act (BGG) or [applicable state law, e.g. the Rhineland-Palatinate Inclusion Act] and the Barrier-free Information Technology Ordinance (BITV 2.0). This statement applies to the platform at [address of the platform].',
    h_status: 'Compliance status',
    status: 'The platform is largely compliant with BITV 2.0 (WCAG 2.1 level AA, EN 301 549). The content listed below is not yet fully accessible.',
    h_limits: 'Content that is not accessible',
    limits: '- Members’ content: case studies and event descriptions are written by the municipalities themselves. We cannot ensure the heading order, link texts and plain language of these texts in every case.\n- Attachments: uploaded PDF documents and images are often not accessible (missing structure or alternative texts).\n- Easy-to-read language and sign language: explanations in easy-to-read German (Leichte Sprache) and German Sign Language are still missing.\n- Third-party services: calendar files open in your calendar app, online events in the organising municipality’s video conference service; their accessibility is not in our hands.\n- Testing: the pages are checked automatically with axe-core against WCAG 2.1 AA at every change and tested without JavaScript; use with keyboard and screen readers has not yet been checked systematically by hand. Automated checks do not find every barrier; a full audit by an independent testing body is still outstanding.',
    h_method: 'Preparation of this statement',
    method: 'This statement was prepared on [date] based on a self-assessment and last reviewed on [date].',
    h_feedback: 'Reporting barriers: feedback and contact',
    feedback: 'Have you come across barriers, or do you need content in another form? Write to us:\n\n- Email: [email address for accessibility, e.g. barrierefreiheit@…]\n- Telephone: [telephone number]\n- Post: [address of the operating body]\n\nWe reply within [period, e.g. two weeks].',
    h_arbitration: 'Arbitration procedure',
    arbitration: 'If your feedback to us has not led to a satisfactory solution, you can turn to the arbitration body under section 16 BGG. It supports out-of-court settlement of accessibility disputes between people with disabilities and public bodies. The procedure is free of charge; you need no legal counsel.\n\nArbitration body under the Disability Equality Act at the Federal Government Commissioner for Matters relating to Persons with Disabilities: https://www.schlichtungsstelle-bgg.de/\n\nFor bodies of the states and municipalities, an arbitration or enforcement body of the state may also be competent: [name, address and web address of the competent state body].',
  },
);

const LINK = /(https:\/\/[^\s)]+[^\s).,;:]|mailto:[^\s),;]+)/;

/** Turns the addresses in a line into links. */
function linkify(text: string): Array<string | VNode> {
  return text.split(LINK).map((part, i) => (i % 2 === 1 ? <a key={i} class="kern-link" href={part}>{part.replace(/^mailto:/, '')}</a> : part));
}

/** Plain legal text: blank lines part paragraphs, "- " lines make a list, single breaks stay. */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\n/).map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((line) => line.startsWith('- '))) {
          return (
            <ul class="kern-body" key={i}>
              {lines.map((line, j) => <li key={j}>{linkify(line.slice(2))}</li>)}
            </ul>
          );
        }
        return (
          <p class="kern-body" key={i}>
            {lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 ? <br /> : null}
                {linkify(line)}
              </Fragment>
            ))}
          </p>
        );
      })}
    </>
  );
}

/** A legal page: h1, an optional lead, then one h2 section per heading key (`h_<key>` and `<key>`). */
function legalPage<K extends string>(catalog: { de: Record<K, string>; en: Record<K, string> }, path: string, sections: string[]) {
  return async (ctx: WebContext): Promise<Outcome> => {
    const t = translator(catalog, ctx.locale) as (key: string) => string;
    const c = translator(common, ctx.locale);
    const table = catalog[ctx.locale] as Record<string, string>;
    return {
      kind: 'page',
      title: t('title'),
      description: t('description'),
      canonical: path,
      body: (
        <article class="ik-prose ik-stack">
          <h1 class="kern-heading-large">{t('title')}</h1>
          <div class="kern-alert kern-alert--info">
            <div class="kern-alert__body">
              <p class="kern-body">{c('placeholderNote')}</p>
            </div>
          </div>
          {table.intro ? <p class="kern-body kern-body--large">{t('intro')}</p> : null}
          {sections.map((key) => (
            <section key={key} aria-labelledby={`abschnitt-${key}`} class="ik-stack">
              <h2 class="kern-heading-medium" id={`abschnitt-${key}`}>{t(`h_${key}`)}</h2>
              <Prose text={t(key)} />
            </section>
          ))}
        </article>
      ),
    };
  };
}

export const legalRoutes = [
  get('/impressum', legalPage(imprint, '/impressum', ['provider', 'contact', 'responsible', 'links', 'software'])),
  get('/datenschutz', legalPage(privacy, '/datenschutz', ['controller', 'dpo', 'data', 'purposes', 'recipients', 'retention', 'cookies', 'rights', 'version'])),
  get('/barrierefreiheit', legalPage(accessibility, '/barrierefreiheit', ['status', 'limits', 'method', 'feedback', 'arbitration'])),
];
