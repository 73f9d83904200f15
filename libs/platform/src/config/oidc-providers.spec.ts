import { ConfigError, loadConfig } from './config';
import { providerForEmail } from './oidc-providers';

describe('loadConfig: OIDC_PROVIDERS', () => {
  const base = { NODE_ENV: 'test', IKONE_DATA_DIR: '/tmp/ikone-config-spec' };
  const entry = { id: 'kl', name: 'Stadtverwaltung Kaiserslautern', issuer: 'https://login.kaiserslautern.example/realms/staff', clientId: 'ikone', clientSecret: 'geheim', domains: ['Kaiserslautern.example'] };
  const load = (value: unknown, env: Record<string, string> = {}) => loadConfig({ ...base, ...env, OIDC_PROVIDERS: typeof value === 'string' ? value : JSON.stringify(value) });

  it('has no providers by default and reads a list, domains in lower case, password sign-in on unless switched off', () => {
    expect(loadConfig(base).sso.providers).toEqual([]);
    const [kl, kreis] = load([entry, { ...entry, id: 'kreis', domains: ['kreis.example'], passwordSignIn: false }]).sso.providers;
    expect(kl).toEqual({ id: 'kl', displayName: 'Stadtverwaltung Kaiserslautern', issuer: entry.issuer, clientId: 'ikone', clientSecret: 'geheim', domains: ['kaiserslautern.example'], passwordSignIn: true });
    expect(kreis.passwordSignIn).toBe(false);
    expect(providerForEmail([kl, kreis], 'Olga@KREIS.example')?.id).toBe('kreis');
    expect(providerForEmail([kl, kreis], 'olga@sub.kreis.example')).toBeUndefined();
  });

  it.each([
    ['not JSON', '[{', 'ist kein gültiges JSON'],
    ['not a list', { ...entry }, 'muss eine JSON-Liste sein'],
    ['a missing secret', [{ ...entry, clientSecret: '' }], '[0].clientSecret fehlt'],
    ['an unknown key (a typo)', [{ ...entry, passwordLogin: false }], 'unbekannte Schlüssel: passwordLogin'],
    ['a bad id', [{ ...entry, id: 'Kaiserslautern Stadt' }], '[0].id darf nur'],
    ['a duplicate id', [entry, { ...entry, domains: ['b.example'] }], '[1].id "kl" kommt doppelt vor'],
    ['no domains', [{ ...entry, domains: [] }], '[0].domains muss eine nicht leere Liste sein'],
    ['a bad domain', [{ ...entry, domains: ['@kaiserslautern.example'] }], 'keinen Domainnamen'],
    ['a domain served twice', [entry, { ...entry, id: 'zwei' }], 'gehört schon zu "kl"'],
    ['a bad issuer', [{ ...entry, issuer: 'login.example' }], '[0].issuer ist keine gültige URL'],
    ['plain http to another machine', [{ ...entry, issuer: 'http://login.example' }], '[0].issuer muss mit https:// beginnen'],
    ['passwordSignIn as text', [{ ...entry, passwordSignIn: 'false' }], 'passwordSignIn muss true oder false sein'],
  ])('stops the start naming OIDC_PROVIDERS for %s', (_case, value, problem) => {
    expect(() => load(value)).toThrow(ConfigError);
    expect(() => load(value)).toThrow(/^Ungültige Konfiguration: OIDC_PROVIDERS /);
    expect(() => load(value)).toThrow(problem);
  });

  it('allows a plain-http provider on this machine outside production only', () => {
    const local = [{ ...entry, issuer: 'http://127.0.0.1:4000' }];
    expect(load(local).sso.providers[0].issuer).toBe('http://127.0.0.1:4000');
    const production = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40), TOKEN_SECRET: 't'.repeat(40), PUBLIC_URL: 'https://ikone.example', IKONE_DEMO: 'false' };
    expect(() => load(local, production)).toThrow('OIDC_PROVIDERS [0].issuer muss mit https:// beginnen');
  });
});
