import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Jest loads the global setup with Node's own `require` (transpiled, as CommonJS), outside its
 * `moduleNameMapper`, so `@ikone/<lib>` would not resolve there. Imported first by
 * global-setup.ts, this maps the aliases as jest.config.mjs does: `@ikone/<lib>/testing` to
 * a library's testing entry, `@ikone/<lib>` to its index.
 */
const LIBS = join(__dirname, '..', '..', 'libs');

registerHooks({
  resolve(specifier, context, nextResolve) {
    const alias = /^@ikone\/([a-z-]+)(\/testing)?$/.exec(specifier);
    if (!alias) return nextResolve(specifier, context);
    const entry = alias[2] ? join(LIBS, alias[1], 'src', 'testing', 'index.ts') : join(LIBS, alias[1], 'src', 'index.ts');
    return { url: pathToFileURL(entry).href, shortCircuit: true };
  },
});
