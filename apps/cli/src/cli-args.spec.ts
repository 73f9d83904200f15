import { parseCommandLine, UsageError } from './cli-args';

describe('parseCommandLine', () => {
  it('reads each command', () => {
    expect(parseCommandLine(['migrate'])).toEqual({ name: 'migrate' });
    expect(parseCommandLine(['start'])).toEqual({ name: 'start' });
    expect(parseCommandLine(['import-directory'])).toEqual({ name: 'import-directory' });
    expect(parseCommandLine(['import-directory', 'neu.csv'])).toEqual({ name: 'import-directory', file: 'neu.csv' });
    expect(parseCommandLine(['seed'])).toEqual({ name: 'seed', demo: false });
    expect(parseCommandLine(['seed', '--demo'])).toEqual({ name: 'seed', demo: true });
  });

  it('reads create-coordinator with and without a password', () => {
    expect(parseCommandLine(['create-coordinator', '--email', 'k@kl.example', '--name', 'Koordination KL'])).toEqual({
      name: 'create-coordinator',
      email: 'k@kl.example',
      displayName: 'Koordination KL',
    });
    expect(parseCommandLine(['create-coordinator', '--email=k@kl.example', '--name=K', '--password', 'geheim-genug'])).toEqual({
      name: 'create-coordinator',
      email: 'k@kl.example',
      displayName: 'K',
      password: 'geheim-genug',
    });
  });

  it('reads a digest command line', () => {
    expect(parseCommandLine(['digest', '--period', 'weekly'])).toEqual({ name: 'digest', period: 'weekly' });
    expect(parseCommandLine(['digest', '--period', 'daily', '--at', '2026-11-26T07:00:00+01:00'])).toEqual({
      name: 'digest',
      period: 'daily',
      at: new Date('2026-11-26T06:00:00Z'),
    });
  });

  it('answers help', () => {
    expect(parseCommandLine(['help'])).toEqual({ name: 'help' });
    expect(parseCommandLine(['--help'])).toEqual({ name: 'help' });
    expect(parseCommandLine(['seed', '-h'])).toEqual({ name: 'help' });
  });

  it.each([
    [[], /Kein Befehl/],
    [['frobnicate'], /Unbekannter Befehl "frobnicate"/],
    [['digest'], /--period muss daily oder weekly sein/],
    [['digest', '--period', 'monthly'], /--period muss daily oder weekly sein/],
    [['digest', '--period', 'daily', '--at', 'morgen'], /keine ISO-Zeit/],
    [['seed', '--demo', '--force'], /Ungültige Option für "seed".*--force/],
    [['migrate', 'extra'], /Zu viele Argumente/],
    [['import-directory', 'a.csv', 'b.csv'], /Zu viele Argumente/],
    [['create-coordinator', '--name', 'K'], /--email fehlt/],
    [['create-coordinator', '--email', 'kein-at', '--name', 'K'], /keine E-Mail-Adresse/],
    [['create-coordinator', '--email', 'k@kl.example'], /--name fehlt/],
    [['create-coordinator', '--email', 'k@kl.example', '--name', '  '], /--name fehlt/],
    [['create-coordinator', '--email'], /Ungültige Option/],
  ])('rejects %j naming the problem in German and English', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
    expect(() => parseCommandLine(argv)).toThrow(/ \/ /);
  });
});
