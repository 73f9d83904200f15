import { OutcomeError, type Viewer, type WebContext } from '../../server/web-context';

/**
 * Guards a member's form action: like `ctx.require('MEMBER')`, but an anonymous visitor is sent
 * to sign in and then back to the page that holds the form (`page`), not to the action's URL,
 * which has no page of its own.
 */
export async function requireMemberFor(ctx: WebContext, page: string): Promise<Viewer> {
  if (!(await ctx.viewer())) throw new OutcomeError(ctx.redirect(`/anmelden?zurueck=${encodeURIComponent(page)}`));
  return ctx.require('MEMBER');
}
