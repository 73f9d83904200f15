import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An attachment's bytes, fetched from the gateway as the signed-in person (or anonymously):
 * the browser holds no token, so network content's files come through here. What the gateway
 * hides (404) stays hidden; an anonymous visitor is not told whether signing in would help.
 */
function passThrough(variant: 'file' | 'preview') {
  return async (ctx: WebContext): Promise<Outcome> => {
    const id = (ctx.req.params as { id: string }).id;
    if (!UUID.test(id)) return { kind: 'status', status: 404 };
    const response = await ctx.fetchRaw(`/attachments/${id}/${variant}`);
    if (response.status === 404 || response.status === 401 || response.status === 400) return { kind: 'status', status: 404 };
    if (!response.ok) return { kind: 'status', status: 500 };
    const bytes = Buffer.from(await response.arrayBuffer());
    ctx.reply
      .code(200)
      .header('content-type', response.headers.get('content-type') ?? 'application/octet-stream')
      .header('content-disposition', response.headers.get('content-disposition') ?? 'attachment')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', response.headers.get('cache-control') ?? 'private, no-store')
      .send(bytes);
    return { kind: 'sent' };
  };
}

export const attachmentRoutes = [get('/anhaenge/:id/datei', passThrough('file')), get('/anhaenge/:id/vorschau', passThrough('preview'))];
