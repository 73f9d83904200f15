import { loadConfig } from '@ikone/platform';
import type { AppConfig } from '@ikone/platform';
import { freshnessCommand, memoryIo } from '../../apps/cli/src/index';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { publishAsCoordinator } from './support/content';
import { linkIn, mailTo } from './support/mail';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

const DAY = 86_400_000;

/**
 * "Läuft das noch?" in the browser (ADR 0028): the owner opens the email's link (the page changes
 * nothing until a button is pressed) and answers without JavaScript; the detail page shows the
 * confirmation; the coordinator finds the unanswered ones under "Aktualität"; "Muss aktualisiert
 * werden" opens the editor.
 */
describe('web: the freshness check', () => {
  let p: WebPlatform;
  let config: AppConfig;

  beforeAll(async () => {
    p = await startWebPlatform({ LOGIN_ATTEMPTS_PER_MINUTE: '100', LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000' });
    config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: p.gw.config.databaseUrl!, IKONE_DATA_DIR: p.gw.dataDir, SMTP_URL: p.sink.url, PUBLIC_URL: p.url });
  });
  afterAll(async () => {
    await p?.close();
  });

  it('is answered from the email without JavaScript, shown on the detail page and listed for coordinators when unanswered', async () => {
    const kl = await makeMunicipality(p.gw.app, '07312000');
    const owner = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl });
    const other = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl });
    const coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR' });
    await publishAsCoordinator(p.gw, coordinator.token, { title: 'Online-Terminvergabe', topicSlugs: ['open-data'], contactId: owner.user.id, municipalityId: kl.id });
    const silent = await publishAsCoordinator(p.gw, coordinator.token, { title: 'Smarte Straßenlaternen', topicSlugs: ['open-data'], contactId: other.user.id, municipalityId: kl.id });
    const year = Date.now() + 366 * DAY;
    expect(await freshnessCommand(config, memoryIo(), { at: new Date(year) })).toMatchObject({ asked: 2, sent: 2 });

    const mail = await mailTo(p.sink, owner.email, /^Läuft das noch\? „Online-Terminvergabe“$/);
    const link = linkIn(mail, '/aktualitaet');
    // Opening the link answers nothing; axe in a JavaScript context (it hangs without).
    const withJs = await p.newContext();
    const look = await withJs.newPage();
    await look.goto(link);
    expect(await look.title()).toBe('Läuft das noch? – IKONE');
    await visible(look.getByText('ob die Praxis „Online-Terminvergabe“ noch läuft', { exact: false }));
    expect(await axeViolations(look)).toEqual([]);
    await screenshot(look, 'aktualitaet');

    const context = await p.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('button', { name: 'Läuft noch' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Vielen Dank für Ihre Antwort' }));
    await page.getByRole('link', { name: 'Zum Praxisbeispiel' }).click();
    await visible(page.getByText(/Veröffentlicht am \d{1,2}\. \p{L}+ \d{4} · zuletzt bestätigt am \d{1,2}\. \p{L}+ \d{4}/u));
    await page.goto(`/praxisbeispiele/${silent.slug}`);
    await visible(page.getByText(/Veröffentlicht am \d{1,2}\. \p{L}+ \d{4} · noch nicht bestätigt/u));
    // The link works once: opened again it says so; a page still open from before refuses the answer.
    await page.goto(link);
    await visible(page.getByRole('heading', { level: 1, name: 'Der Link zur Aktualitätsabfrage funktioniert nicht' }));
    await look.getByRole('button', { name: 'Läuft noch' }).click();
    await visible(look.getByText('Grund: Diese Aktualitätsabfrage ist bereits beantwortet.'));
    expect(await axeViolations(look)).toEqual([]);
    await context.close();

    // Two reminders later the silent one is the coordinators' to follow up.
    await freshnessCommand(config, memoryIo(), { at: new Date(year + 14 * DAY) });
    expect(await freshnessCommand(config, memoryIo(), { at: new Date(year + 28 * DAY) })).toMatchObject({ reminded: 1, sent: 1 });
    const desk = await withJs.newPage();
    await signIn(desk, coordinator.email, TEST_PASSWORD);
    await desk.goto('/koordination');
    await desk.getByRole('navigation', { name: 'Koordination' }).getByRole('link', { name: 'Aktualität' }).click();
    await visible(desk.getByRole('heading', { level: 1, name: 'Aktualität' }));
    const table = desk.getByRole('table', { name: /Unbeantwortete Aktualitätsabfragen \(1 Praxisbeispiel\)/ });
    await visible(table.getByRole('link', { name: 'Smarte Straßenlaternen' }));
    await visible(table.getByRole('cell', { name: kl.name }));
    expect(await axeViolations(desk)).toEqual([]);
    await screenshot(desk, 'koordination-aktualitaet');
    await withJs.close();

    // "Muss aktualisiert werden" from the second reminder opens the editor (after signing in).
    const reminder = await mailTo(p.sink, other.email, /^Erinnerung 2: Läuft das noch\? „Smarte Straßenlaternen“$/);
    const editing = await p.newContext({ javaScriptEnabled: false });
    const editor = await editing.newPage();
    await signIn(editor, other.email, TEST_PASSWORD);
    await editor.goto(linkIn(reminder, '/aktualitaet'));
    await editor.getByRole('button', { name: 'Muss aktualisiert werden' }).click();
    await visible(editor.getByRole('heading', { level: 1, name: 'Praxisbeispiel bearbeiten: Smarte Straßenlaternen' }));
    await editing.close();
    const left = await p.gw.gql<{ freshnessOverdue: { totalCount: number } }>(`{ freshnessOverdue { totalCount } }`, {}, coordinator.token);
    expect(left.data?.freshnessOverdue.totalCount).toBe(0);
  });
});
