import { parseArgs, ParseArgsConfig } from 'node:util';

/** A command line the CLI understood. */
export type CliCommand =
  | { name: 'help' }
  | { name: 'migrate' }
  | { name: 'import-directory'; file?: string }
  | { name: 'seed'; demo: boolean }
  | { name: 'create-coordinator'; email: string; displayName: string; password?: string }
  | { name: 'digest'; period: 'daily' | 'weekly'; at?: Date }
  | { name: 'freshness'; at?: Date }
  | { name: 'start' };

export type CommandName = Exclude<CliCommand['name'], 'help'>;

/** A command line the CLI did not understand; exit code 2 like other Unix tools. */
export class UsageError extends Error {
  constructor(de: string, en: string) {
    super(`${de} / ${en}`);
  }
}

export const USAGE = `IKONE – Kommandozeile / command line

Aufruf / usage: npm run cli -- <Befehl/command> [Optionen/options]

  migrate                      Datenbank-Migrationen ausführen / run database migrations
  import-directory [Datei]     Gemeindeverzeichnis laden (Standard: data/gemeinden-de-2021.csv)
                               / load the municipality directory (default: data/gemeinden-de-2021.csv)
  seed [--demo]                Standard-Themen (und leeres Verzeichnis) anlegen; --demo: Demo-Netzwerk
                               um Kaiserslautern / default topics (and empty directory); --demo: demo
                               network around Kaiserslautern
  create-coordinator --email E --name N [--password P]
                               Koordinationskonto anlegen (ohne Passwort: Einladung)
                               / create a coordinator account (without password: invitation)
  digest --period daily|weekly [--at ISO-Zeit]
                               Zusammenfassung jetzt erstellen und senden (Zeitraum aus --at, Standard: jetzt)
                               / build and send a digest now (period from --at, default: now)
  freshness [--at ISO-Zeit]    Aktualitätsabfrage „Läuft das noch?“ und ihre Erinnerungen jetzt senden
                               (fällig bis --at, Standard: jetzt) / ask "still running?" and send reminders now
  start                        Datenbank, Migrationen, Gateway und Notifier auf einem Rechner starten
                               / run database, migrations, gateway and notifier on one machine
  help                         diese Hilfe / this help

Einstellungen über Umgebungsvariablen / settings via environment variables:
  DATABASE_URL, IKONE_DATA_DIR, PORT, PUBLIC_URL, REDIS_URL, SMTP_URL, NODE_ENV`;

const COMMANDS: readonly CommandName[] = ['migrate', 'import-directory', 'seed', 'create-coordinator', 'digest', 'freshness', 'start'];

// Per command, the options parseArgs accepts in strict mode; anything else is a usage error.
const OPTIONS: Record<CommandName, NonNullable<ParseArgsConfig['options']>> = {
  migrate: {},
  'import-directory': {},
  seed: { demo: { type: 'boolean' } },
  'create-coordinator': { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  digest: { period: { type: 'string' }, at: { type: 'string' } },
  freshness: { at: { type: 'string' } },
  start: {},
};

const MAX_POSITIONALS: Record<CommandName, number> = {
  migrate: 0,
  'import-directory': 1,
  seed: 0,
  'create-coordinator': 0,
  digest: 0,
  freshness: 0,
  start: 0,
};

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

/** Turns `process.argv.slice(2)` into a {@link CliCommand}; throws {@link UsageError}. */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  const [word, ...rest] = argv;
  if (word === undefined) throw new UsageError('Kein Befehl angegeben', 'no command given');
  if (word === 'help' || word === '--help' || word === '-h') return { name: 'help' };
  if (!isCommand(word)) throw new UsageError(`Unbekannter Befehl "${word}"`, `unknown command "${word}"`);
  if (rest.includes('--help') || rest.includes('-h')) return { name: 'help' };

  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS[word], allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains in English only; keep its detail after the German summary.
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Ungültige Option für "${word}"`, detail);
  }
  const { values, positionals } = parsed;
  if (positionals.length > MAX_POSITIONALS[word]) {
    throw new UsageError(`Zu viele Argumente für "${word}": ${positionals.join(' ')}`, `too many arguments for "${word}"`);
  }

  switch (word) {
    case 'migrate':
    case 'start':
      return { name: word };
    case 'import-directory':
      return positionals[0] === undefined ? { name: word } : { name: word, file: positionals[0] };
    case 'seed':
      return { name: word, demo: values.demo === true };
    case 'create-coordinator': {
      const email = typeof values.email === 'string' ? values.email.trim() : '';
      const displayName = typeof values.name === 'string' ? values.name.trim() : '';
      if (!email) throw new UsageError('--email fehlt', '--email is required');
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
        throw new UsageError(`--email "${email}" ist keine E-Mail-Adresse`, `--email "${email}" is not an email address`);
      }
      if (!displayName) throw new UsageError('--name fehlt', '--name is required');
      const password = typeof values.password === 'string' ? values.password : undefined;
      return password === undefined ? { name: word, email, displayName } : { name: word, email, displayName, password };
    }
    case 'digest': {
      const period = values.period;
      if (period !== 'daily' && period !== 'weekly') throw new UsageError('--period muss daily oder weekly sein', '--period must be daily or weekly');
      const at = atOption(values.at);
      return at ? { name: word, period, at } : { name: word, period };
    }
    case 'freshness': {
      const at = atOption(values.at);
      return at ? { name: word, at } : { name: word };
    }
  }
}

/** `--at ISO-time`, or undefined when not given; a usage error when it is no time. */
function atOption(value: unknown): Date | undefined {
  if (value === undefined) return undefined;
  const at = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(at.getTime())) {
    throw new UsageError(`--at "${String(value)}" ist keine ISO-Zeit`, `--at "${String(value)}" is not an ISO time (e.g. 2026-11-26T07:00:00+01:00)`);
  }
  return at;
}
