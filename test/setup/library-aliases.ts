import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Jest loads the global setup with Node's own `require` (transpiled, as CommonJS), outside its
 * `moduleNameMapper`, so `@ikone/<lib>` would not resolve there. Imported first by
 * global-setup.ts, this maps the aliases as jest.config.mjs does: `@ikone/platform/testing` to
 * the platform's testing entry, `@ikone/<lib>` to the library's index.
 */
const LIBS = join(__dirname, '..', '..', 'libs');

registerHooks({
  resolve(specifier, context, nextResolve) {
    const entry =
      specifier === '@ikone/platform/testing'
        ? join(LIBS, 'platform', 'src', 'testing', 'index.ts')
        : /^@ikone\/[a-z-]+$/.test(specifier)
          ? join(LIBS, specifier.slice('@ikone/'.length), 'src', 'index.ts')
          : undefined;
    return entry ? { url: pathToFileURL(entry).href, shortCircuit: true } : nextResolve(specifier, context);
  },
});
