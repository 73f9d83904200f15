/** Default of `GATEWAY_MAX_HEAP_MB`: 2× the gateway's live heap measured at 100 clients (79 MB). */
export const GATEWAY_MAX_HEAP_MB = 160;

/**
 * How the gateway's Node process is started, wherever it is started (`npm start`,
 * `npm run start:gateway`, the benchmark): V8's heap sized for the gateway's live set, so that
 * the process stays within SPEC §6's 250 MB under load (ADR 0034, figures in bench/README.md).
 *
 * - `--max-semi-space-size=8`: the young generation's semi-spaces at 8 MB; with V8's default
 *   they held 45 MB under load.
 * - `--max-old-space-size`: under load the old generation grew to 138 MB used (289 MB heap)
 *   while a heap snapshot found 79 MB alive; with a limit V8 collects before it grows. A
 *   network whose gateway needs more sets `GATEWAY_MAX_HEAP_MB`.
 */
export function gatewayNodeFlags(maxHeapMb: number = GATEWAY_MAX_HEAP_MB): string[] {
  return ['--max-semi-space-size=8', `--max-old-space-size=${maxHeapMb}`];
}

/**
 * Environment of every long-running process: glibc keeps a malloc arena per thread that
 * allocates (libuv's pool hashes passwords with argon2id, 19 MiB each) and keeps what they
 * freed; with two arenas 100 sign-ins left the gateway at 223 MB instead of 263 MB.
 */
export const PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
