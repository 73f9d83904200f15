import { ConfigError, DomainError, EmbeddedPostgresUnreachableError } from '@ikone/platform';
import { DirectoryCsvError } from '@ikone/membership';
import { UsageError } from './cli-args';

/** A failure the CLI itself detects (missing file, missing build); message in both languages. */
export class CliError extends Error {
  constructor(de: string, en: string) {
    super(`${de} / ${en}`);
  }
}

/** What the person at the terminal reads when a command fails, German first. */
export function describeFailure(error: unknown): string {
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof EmbeddedPostgresUnreachableError) return error.message;
  if (error instanceof DirectoryCsvError) {
    return `${error.message} / directory file, line ${error.line}: invalid`;
  }
  // The field path (`input.email`) names a GraphQL argument, which means nothing on a terminal.
  if (error instanceof DomainError) return `${error.message} / ${error.messageEn}`;
  if (error instanceof CliError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000') {
    return `Datenbank nicht erreichbar / database unreachable: ${detail}`;
  }
  return `Fehler / error: ${detail}`;
}

/** Exit code for a failure: 2 for a command line not understood, else 1. */
export function exitCodeFor(error: unknown): number {
  return error instanceof UsageError ? 2 : 1;
}
