import { ConfigError, loadConfig } from './config';

describe('loadConfig: limits', () => {
  const base = { NODE_ENV: 'test', IKONE_DATA_DIR: '/tmp/ikone-config-spec' };

  it('keeps the application limits at 10 an hour per address and 3 per applicant email by default', () => {
    const { auth } = loadConfig(base);
    expect({ ip: auth.applicationsPerIpPerHour, email: auth.applicationsPerEmailPerHour }).toEqual({ ip: 10, email: 3 });
  });

  it('takes lowered values and refuses bad ones naming the variable', () => {
    const { auth } = loadConfig({ ...base, APPLICATIONS_PER_IP_PER_HOUR: '4', APPLICATIONS_PER_EMAIL_PER_HOUR: '1' });
    expect({ ip: auth.applicationsPerIpPerHour, email: auth.applicationsPerEmailPerHour }).toEqual({ ip: 4, email: 1 });
    for (const [name, value] of [
      ['APPLICATIONS_PER_IP_PER_HOUR', '-1'],
      ['APPLICATIONS_PER_EMAIL_PER_HOUR', '3.5'],
      ['NOTIFIER_HEALTH_PORT', '70000'],
      ['HOST', 'a b'],
      ['IKONE_QUEUE_PREFIX', 'ikone:other'],
      ['LOG_VERBOSE', 'yes'],
    ]) {
      expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ...base, [name]: value })).toThrow(new RegExp(`Ungültige Konfiguration: ${name} `));
    }
  });
});
