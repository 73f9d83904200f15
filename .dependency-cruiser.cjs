/**
 * Architecture boundaries from STYLE.md, checked in CI by `npm run depcheck` over apps, libs,
 * test and bench. Paths are resolved through tsconfig.json, so `@ikone/<lib>` lands on
 * libs/<lib>/src/index.ts and is told apart from a relative path into the same file by its
 * dependency type.
 */

/** Test files, the shared test helpers a library keeps in its own `src/testing/` folder, and test/. */
const TEST_CODE = ['\\.(spec|int-spec|e2e-spec)\\.ts$', '^(libs|apps)/[^/]+/src/testing/', '^test/'];
/** Code outside the apps and libraries that drives them: the end-to-end tests and the benchmark harness. */
const OUTSIDE = '^(test|bench)/';
/** The one entry file of each library, and the separate testing entry a library may have (`@ikone/<lib>/testing`). */
const LIBRARY_ENTRY = '^libs/[^/]+/src/index\\.ts$';
const TESTING_ENTRY = '^libs/[^/]+/src/testing/index\\.ts$';
/** The one entry of each app for test/ and bench/ (what they may drive); `main.ts` stays the process entry. */
const APP_ENTRY = '^apps/[^/]+/src/index\\.ts$';
/** Transport: GraphQL, HTTP servers. Domain libraries stay free of them (STYLE.md boundary 2). */
const TRANSPORT =
  '^node_modules/(@nestjs/(graphql|apollo|platform-[^/]+)|@apollo/[^/]+|graphql|fastify|@fastify/[^/]+|express|@as-integrations/[^/]+)/';
/** Queue machinery: job names and payloads are private to the notifier (boundary 4). */
const QUEUE = '^node_modules/(bullmq|@nestjs/bullmq)/';

/**
 * Which library may import which: a layered order, lower to higher. A library not listed here
 * is refused until it is given its place (so a new domain is placed on purpose).
 */
const LIBRARY_DIRECTIONS = {
  platform: [],
  audit: ['platform'],
  membership: ['platform', 'audit'],
  knowledge: ['platform', 'audit', 'membership'],
  moderation: ['platform', 'audit', 'membership', 'knowledge'],
  notifications: ['platform', 'audit', 'membership', 'knowledge', 'moderation', 'privacy'],
  privacy: ['platform', 'audit', 'membership', 'knowledge'],
};

const directionRules = Object.entries(LIBRARY_DIRECTIONS).map(([lib, allowed]) => ({
  name: `direction-${lib}`,
  comment: `libs/${lib} may import only ${allowed.length ? allowed.join(', ') : 'no other library'} (LIBRARY_DIRECTIONS).`,
  severity: 'error',
  from: { path: `^libs/${lib}/` },
  to: { path: '^libs/', pathNot: [`^libs/${lib}/`, ...allowed.map((a) => `^libs/${a}/`)] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...directionRules,
    {
      name: 'library-has-a-direction',
      comment: 'Every library has its place in LIBRARY_DIRECTIONS (which libraries it may import).',
      severity: 'error',
      from: { path: '^libs/', pathNot: Object.keys(LIBRARY_DIRECTIONS).map((lib) => `^libs/${lib}/`) },
      to: {},
    },
    {
      name: 'apps-not-to-apps',
      comment: 'An app never imports another app; what two apps share lives in a library (the CLI starts the others as processes).',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'production-without-dev-dependencies',
      comment: 'Production code must not need a devDependency (npm ci --omit=dev would break it).',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: TEST_CODE },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'libs-not-to-apps',
      comment: 'Libraries never import apps (STYLE.md boundary 1).',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'lib-through-index-only',
      comment: 'Another library is imported only through its index (`@ikone/<lib>`), never a deep path.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', LIBRARY_ENTRY, TESTING_ENTRY] },
    },
    {
      name: 'app-through-index-only',
      comment: 'Apps import a library only through its index (`@ikone/<lib>`), never a deep path.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/', pathNot: [LIBRARY_ENTRY, TESTING_ENTRY] },
    },
    {
      name: 'lib-by-alias-only',
      comment: 'A relative path into another library bypasses its boundary: use the `@ikone/<lib>` alias.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'app-to-lib-by-alias-only',
      comment: 'Apps reach libraries through the `@ikone/<lib>` alias, not relative paths.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'outside-to-lib-through-index-only',
      comment: 'test/ and bench/ reach a library only through `@ikone/<lib>` or `@ikone/platform/testing`, never its internals.',
      severity: 'error',
      from: { path: OUTSIDE },
      to: { path: '^libs/', pathNot: [LIBRARY_ENTRY, TESTING_ENTRY] },
    },
    {
      name: 'outside-to-lib-by-alias-only',
      comment: 'test/ and bench/ name a library by its `@ikone/<lib>` alias, not by a relative path.',
      severity: 'error',
      from: { path: OUTSIDE },
      to: { path: '^libs/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'outside-to-app-through-entry-only',
      comment: 'test/ and bench/ drive an app only through its declared entry `apps/<app>/src/index.ts`, never its internals.',
      severity: 'error',
      from: { path: OUTSIDE },
      to: { path: '^apps/', pathNot: APP_ENTRY },
    },
    {
      name: 'app-entry-for-outside-only',
      comment: "An app's `src/index.ts` is what test/ and bench/ drive; code in apps/ and libs/ does not import it.",
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { path: APP_ENTRY },
    },
    {
      name: 'testing-helpers-in-tests-only',
      comment: '`@ikone/platform/testing` and every `src/testing/` folder are for tests; production code (and bench/, which is built without them) must not depend on them.',
      severity: 'error',
      from: { pathNot: TEST_CODE },
      to: { path: '^(libs|apps)/[^/]+/src/testing/' },
    },
    {
      name: 'domain-libs-transport-free',
      comment: 'Domain libraries know nothing of GraphQL or HTTP (STYLE.md boundary 2).',
      severity: 'error',
      from: { path: '^libs/', pathNot: '^libs/platform/' },
      to: { path: TRANSPORT },
    },
    {
      name: 'web-through-the-api-only',
      comment: 'The web application talks to the platform only through the public GraphQL API (SPEC §4a): no domain library.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^libs/', pathNot: '^libs/platform/' },
    },
    {
      name: 'platform-without-domain',
      comment: 'libs/platform holds no domain knowledge, so it imports no domain library.',
      severity: 'error',
      from: { path: '^libs/platform/' },
      to: { path: '^libs/', pathNot: '^libs/platform/' },
    },
    {
      name: 'no-cycles-between-libraries',
      comment: 'No cycle may leave a library (STYLE.md boundary 5): react to other domains through domain events.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { circular: true, via: { pathNot: '^libs/$1/' } },
    },
    {
      name: 'queue-private-to-notifier',
      comment: 'Only apps/notifier and the platform queue wiring touch BullMQ (boundary 4); libs/notifications plans, the notifier runs the jobs. Tests under test/ may look into the queues of notifiers they run as processes.',
      severity: 'error',
      from: { pathNot: ['^apps/notifier/', '^libs/platform/src/queue/', '^test/'] },
      to: { path: QUEUE },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve would also slip past every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^@graphql-typed-document-node/core$' /* types only, no runtime file */ },
    },
  ],
  options: {
    doNotFollow: { path: '^node_modules/' },
    exclude: { path: '^(dist|var|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
