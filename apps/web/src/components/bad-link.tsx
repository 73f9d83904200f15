import type { Outcome } from '../server/web-context';

/**
 * The page for an emailed link that no longer works (expired, used, forged): status 400, what
 * went wrong, the reason the API named, and where to go instead.
 */
export function badLinkPage(page: { title: string; text: string; reason?: string; links?: Array<{ href: string; label: string }> }): Outcome {
  return {
    kind: 'page',
    title: page.title,
    status: 400,
    body: (
      <div class="ik-stack ik-prose">
        <h1 class="kern-heading-large">{page.title}</h1>
        <p class="kern-body">{page.text}</p>
        {page.reason ? <p class="kern-body">{page.reason}</p> : null}
        {page.links?.length ? (
          <p class="ik-actions">
            {page.links.map((link) => (
              <a class="kern-link" href={link.href}>{link.label}</a>
            ))}
          </p>
        ) : null}
      </div>
    ),
  };
}
