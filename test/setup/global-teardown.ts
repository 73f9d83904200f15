/** Stops the embedded PostgreSQL that globalSetup started (a reused one keeps running). */
export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __IKONE_PG__?: { stop(): Promise<void> } }).__IKONE_PG__;
  await db?.stop();
}
