// @ts-check
/** ESLint 9 flat config: typescript-eslint's recommended rules, without type information (fast). */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Names starting with `_` are deliberately unused (ignored arguments, skipped tuple items). */
const UNUSED = {
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
};

export default tseslint.config(
  { ignores: ['dist/**', 'var/**', 'node_modules/**', 'coverage/**', '**/*.d.ts', 'apps/web/src/graphql/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // Node globals used by scripts and configs; TypeScript files get theirs from @types/node.
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: {
      // `any` is tolerated while code grows, but reported.
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', UNUSED],
    },
  },
  {
    // Job processors and payloads: an `any` here hides a wrong job shape (STYLE.md smells).
    files: ['apps/notifier/**/*.ts', 'libs/notifications/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // Settings are read once, validated, into AppConfig (STYLE.md: config validated once at boot).
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts'],
    ignores: ['libs/platform/src/config/**', '**/*.spec.ts', '**/*.int-spec.ts', '**/src/testing/**', 'libs/platform/src/database/migrations/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings through the validated config (libs/platform/src/config/config.ts) and list them in the README configuration table.',
        },
      ],
    },
  },
  {
    // CommonJS config files (dependency-cruiser).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
