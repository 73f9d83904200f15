import type { Page } from 'playwright-core';
import type { TestGateway } from '../../support/gateway';

/** Polls until `probe` is truthy, then returns it; fails naming `what` after the deadline. */
export async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Creates and submits a case study as a coordinator, which publishes it at once (SPEC §3),
 * so subscribers of its topics are told through the real outbox → notifier path.
 */
export async function publishAsCoordinator(
  gw: TestGateway,
  token: string,
  input: { title: string; topicSlugs: string[]; contactId?: string; municipalityId?: string; visibility?: 'PUBLIC' | 'NETWORK' },
): Promise<{ id: string; slug: string }> {
  const created = await gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
    `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
    {
      i: {
        title: input.title,
        summary: `${input.title}: eine kurze Zusammenfassung für die Übersicht.`,
        problem: 'Ausgangslage.',
        solution: 'Lösung.',
        maturity: 'PILOT',
        topicSlugs: input.topicSlugs,
        visibility: input.visibility ?? 'PUBLIC',
        ...(input.contactId ? { contactId: input.contactId } : {}),
        ...(input.municipalityId ? { municipalityId: input.municipalityId } : {}),
      },
    },
    token,
  );
  if (created.errors) throw new Error(`createCaseStudy: ${JSON.stringify(created.errors)}`);
  const submitted = await gw.gql<{ submitCaseStudy: { status: string } }>(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: created.data!.createCaseStudy.id }, token);
  if (submitted.errors || submitted.data?.submitCaseStudy.status !== 'PUBLISHED') throw new Error(`submitCaseStudy: ${JSON.stringify(submitted)}`);
  return created.data!.createCaseStudy;
}

/** The CSRF token of the page's forms (every page has the sign-out or another form). */
export async function csrfOf(page: Page): Promise<string> {
  const value = await page.locator('input[name="_csrf"]').first().getAttribute('value');
  if (!value) throw new Error('no CSRF token on the page');
  return value;
}
