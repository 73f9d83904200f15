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

describe('loadConfig: attachments', () => {
  const base = { NODE_ENV: 'test', IKONE_DATA_DIR: '/tmp/ikone-config-spec' };

  it('defaults to 20 MB, 20 per item, a folder under the data dir and no scanner', () => {
    expect(loadConfig(base).attachments).toEqual({
      maxBytes: 20 * 1_048_576, perItem: 20, uploadTtlSeconds: 600, storage: { kind: 'local', dir: '/tmp/ikone-config-spec/attachments' }, clamd: undefined,
    });
  });

  it('takes S3 and clamd settings, and refuses incomplete or bad ones naming the variable', () => {
    const { attachments } = loadConfig({ ...base, ATTACHMENT_STORAGE: 's3', S3_BUCKET: 'anhaenge', S3_ENDPOINT: 'http://minio:9000', CLAMD_URL: 'tcp://clamav:3310' });
    expect(attachments.storage).toMatchObject({ kind: 's3', bucket: 'anhaenge', endpoint: 'http://minio:9000', region: 'eu-central-1', forcePathStyle: true });
    expect(attachments.clamd).toEqual({ host: 'clamav', port: 3310 });
    for (const [name, env] of [
      ['S3_BUCKET', { ATTACHMENT_STORAGE: 's3' }],
      ['ATTACHMENT_STORAGE', { ATTACHMENT_STORAGE: 'ftp' }],
      ['CLAMD_URL', { CLAMD_URL: 'http://clamav:3310' }],
      ['CLAMD_URL', { CLAMD_URL: 'tcp://clamav' }],
      ['ATTACHMENT_MAX_MB', { ATTACHMENT_MAX_MB: '0' }],
    ] as const) {
      expect(() => loadConfig({ ...base, ...env })).toThrow(new RegExp(`Ungültige Konfiguration: ${name} `));
    }
  });
});
