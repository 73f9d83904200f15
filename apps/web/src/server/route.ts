import type { Outcome, WebContext } from './web-context';

/** One page or form action: GET renders (one loader), POST validates, mutates and redirects. */
export interface WebRoute {
  method: 'GET' | 'POST';
  path: string;
  handler(ctx: WebContext): Promise<Outcome>;
}

export function get(path: string, handler: WebRoute['handler']): WebRoute {
  return { method: 'GET', path, handler };
}

export function post(path: string, handler: WebRoute['handler']): WebRoute {
  return { method: 'POST', path, handler };
}
