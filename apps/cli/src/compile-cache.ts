import { enableCompileCache } from 'node:module';

/**
 * Node's on-disk cache of compiled JavaScript (`NODE_COMPILE_CACHE`, else `node-compile-cache`
 * in the system temp folder; one subfolder per Node version): from the second run on, a CLI
 * call does not compile NestJS, TypeORM, Apollo … again. Imported first by main.ts, so it
 * covers what the other imports load. `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 */
enableCompileCache();
