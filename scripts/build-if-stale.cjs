// Builds dist/ only when it is missing or its sources changed: runs after `npm ci`
// (postinstall), before `npm start` and `npm run cli` (prestart, precli), and from the tests
// (test/support/build.ts). A build writes dist/.build-stamp.json with the SHA-256 of what it was
// built from (every file tsconfig.build.json compiles, and the two tsconfig files); when the
// sources hash the same, nothing runs, so starting and CLI calls need neither the time of a
// TypeScript build nor the dev toolchain (a production install may omit it once dist/ is built).
//
//   node scripts/build-if-stale.cjs                  build if stale (quiet when current)
//   node scripts/build-if-stale.cjs --force          build now (npm run build)
//   node scripts/build-if-stale.cjs --after-install  as the first, but without TypeScript
//                                                    installed (npm ci --omit=dev) only a note
//
// Plain syntax on purpose: it runs check-node.cjs first, whose message must reach people on an
// old Node.js.
'use strict';
require('./check-node.cjs');

var fs = require('fs');
var path = require('path');
var crypto = require('crypto');
var childProcess = require('child_process');

/** Bumped when what the stamp covers changes, so older stamps count as stale. */
var STAMP_VERSION = 1;
var CONFIGS = ['tsconfig.base.json', 'tsconfig.build.json'];
var SOURCE_DIRS = ['apps', 'libs', 'bench'];
/** The entry points people and tests run; a dist/ without one of them is rebuilt from scratch. */
var ENTRY_POINTS = ['apps/cli/src/main.js', 'apps/gateway/src/main.js', 'apps/notifier/src/main.js', 'apps/web/src/main.js', 'bench/src/main.js'];
var LOCK_WAIT_MS = 180000;
/** A lock older than this was left by a killed build. */
var LOCK_STALE_MS = 600000;

/** Whether tsconfig.build.json compiles this file (its include and exclude, by hand). */
function isSource(rel) {
  if (!/\.tsx?$/.test(rel) || /\.d\.ts$/.test(rel)) return false;
  if (/\.(spec|int-spec|e2e-spec)\.ts$/.test(rel)) return false;
  return !/^libs\/[^/]+\/src\/testing\//.test(rel);
}

/** The files a build reads, sorted, as paths relative to the root with forward slashes. */
function inputs(root) {
  var found = CONFIGS.slice();
  function walk(rel) {
    var entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    entries.forEach(function (entry) {
      var child = rel + '/' + entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(child);
      } else if (entry.isFile() && isSource(child)) {
        found.push(child);
      }
    });
  }
  SOURCE_DIRS.forEach(function (dir) {
    if (fs.existsSync(path.join(root, dir))) walk(dir);
  });
  return found.sort();
}

/** SHA-256 over the names and contents of the inputs: what a build would be made from. */
function fingerprint(root) {
  var hash = crypto.createHash('sha256');
  hash.update('ikone-build-' + STAMP_VERSION + '\0');
  inputs(root).forEach(function (rel) {
    hash.update(rel + '\0');
    hash.update(fs.readFileSync(path.join(root, rel)));
    hash.update('\0');
  });
  return hash.digest('hex');
}

function stampPath(root) {
  return path.join(root, 'dist', '.build-stamp.json');
}

function entryPointsPresent(root) {
  return ENTRY_POINTS.every(function (rel) {
    return fs.existsSync(path.join(root, 'dist', rel));
  });
}

/** Why dist/ needs a build, or null when it is current. */
function staleness(root) {
  if (!entryPointsPresent(root)) return 'dist/ fehlt oder ist unvollständig / dist/ is missing or incomplete';
  var stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(stampPath(root), 'utf8'));
  } catch (_error) {
    return 'dist/ ohne Build-Stempel / dist/ has no build stamp';
  }
  if (stamp.fingerprint !== fingerprint(root)) return 'Quellen geändert / sources changed';
  return null;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The lock test/support/build.ts takes too: one build at a time per checkout. */
function withLock(root, fn) {
  var lock = path.join(root, 'var', 'build.lock');
  fs.mkdirSync(path.join(root, 'var'), { recursive: true });
  var deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      var age = Date.now() - fs.statSync(lock).mtimeMs;
      if (age > LOCK_STALE_MS) {
        fs.rmdirSync(lock);
        continue;
      }
      if (Date.now() > deadline) throw new Error('build lock held for over 3 minutes: remove var/build.lock');
      sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmdirSync(lock);
  }
}

function resolveTool(root, request) {
  try {
    return require.resolve(request, { paths: [root] });
  } catch (_error) {
    return null;
  }
}

function run(root, script, args) {
  var result = childProcess.spawnSync(process.execPath, [script].concat(args), { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

/** Compiles (tsc, then tsc-alias for the @ikone/* paths) and writes the stamp. Returns the exit code. */
function build(root, reason) {
  var tsc = resolveTool(root, 'typescript/bin/tsc');
  var alias = resolveTool(root, 'tsc-alias/dist/bin/index.js');
  if (!tsc || !alias) {
    console.error(
      'dist/ muss gebaut werden (' + reason + '), aber TypeScript ist nicht installiert: "npm ci" ohne --omit=dev, dann "npm run build". / ' +
        'dist/ needs a build, but TypeScript is not installed: run "npm ci" without --omit=dev, then "npm run build".'
    );
    return 1;
  }
  // Taken before compiling: a file edited during the build leaves the stamp behind, so the next call builds again.
  var sources = fingerprint(root);
  // Without its entry points dist/ was (partly) deleted; tsc's incremental state would skip re-emitting it.
  if (!entryPointsPresent(root)) fs.rmSync(path.join(root, 'dist', '.tsbuildinfo'), { force: true });
  fs.rmSync(stampPath(root), { force: true });
  var started = Date.now();
  console.error('[build] Baue dist/ (' + reason + ') / building dist/ …');
  if (!run(root, tsc, ['-p', 'tsconfig.build.json']) || !run(root, alias, ['-p', 'tsconfig.build.json'])) {
    console.error('[build] Build fehlgeschlagen / build failed');
    return 1;
  }
  fs.writeFileSync(stampPath(root), JSON.stringify({ version: STAMP_VERSION, fingerprint: sources, builtAt: new Date().toISOString() }) + '\n');
  console.error('[build] fertig in / done in ' + ((Date.now() - started) / 1000).toFixed(1) + ' s');
  return 0;
}

/** Builds when needed (or always with force); returns the exit code. */
function buildIfStale(root, options) {
  var force = Boolean(options && options.force);
  var afterInstall = Boolean(options && options.afterInstall);
  if (!force && staleness(root) === null) return 0;
  if (afterInstall && !resolveTool(root, 'typescript/bin/tsc')) {
    console.error('[build] TypeScript nicht installiert, dist/ bleibt wie es ist / TypeScript not installed, dist/ left as it is');
    return 0;
  }
  var code = withLock(root, function () {
    // Another process may have built while this one waited for the lock.
    var reason = force ? 'npm run build' : staleness(root);
    return reason === null ? 0 : build(root, reason);
  });
  if (code !== 0 && afterInstall) {
    // The packages are installed; a source that does not compile is for `npm start` (which builds again) to report.
    console.error('[build] npm ci/install ist fertig, dist/ aber nicht gebaut / install done, dist/ not built');
    return 0;
  }
  return code;
}

module.exports = { inputs: inputs, fingerprint: fingerprint, staleness: staleness, buildIfStale: buildIfStale };

if (require.main === module) {
  var args = process.argv.slice(2);
  process.exitCode = buildIfStale(path.resolve(__dirname, '..'), { force: args.indexOf('--force') >= 0, afterInstall: args.indexOf('--after-install') >= 0 });
}
