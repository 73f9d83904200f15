/** Sizes of the benchmark data set. */
export interface Scale {
  name: 'full' | 'quick';
  /** Share of the directory that are ACTIVE member municipalities. */
  memberShare: number;
  users: number;
  coordinators: number;
  caseStudies: number;
  events: number;
  /** Average registrations per published event. */
  registrationsPerEvent: number;
  /** Followers of the most followed topic; others follow a Zipf curve below it. */
  topTopicFollowers: number;
  /** Share of users with at least one subscription. */
  subscriberShare: number;
}

/** Network scale of SPEC §6: 10,774 directory entries, 100,000 users and case studies, 20,000 events. */
export const FULL: Scale = {
  name: 'full',
  memberShare: 0.3,
  users: 100_000,
  coordinators: 25,
  caseStudies: 100_000,
  events: 20_000,
  registrationsPerEvent: 5,
  topTopicFollowers: 12_000,
  subscriberShare: 0.6,
};

/** A small data set for `--quick` (CI checks that the harness runs, not how fast). */
export const QUICK: Scale = {
  name: 'quick',
  memberShare: 0.3,
  users: 500,
  coordinators: 3,
  caseStudies: 2_000,
  events: 300,
  registrationsPerEvent: 3,
  topTopicFollowers: 300,
  subscriberShare: 0.8,
};

/** Bump when the generated data changes shape, so stored data sets are rebuilt. */
export const GENERATOR_VERSION = 1;

/** Password of every generated account (one argon2 hash is computed and shared). */
export const BENCH_PASSWORD = 'Bench-Passwort-2026!';
