// ESLint over luqual's TypeScript: typescript-eslint's recommended-type-checked
// (types from tsconfig.json through the project service) and short functions.
// The layer rule lives in .dependency-cruiser.cjs; `npm run lint` runs both.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Generated, installed or not TypeScript.
    ignores: [
      '**/node_modules/',
      'schemas/types/',
      'schemas/validators/',
      'agent/',
      'luqual-out/',
      'out/',
      'scratch/',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // As tsc's noUnusedLocals/noUnusedParameters: a leading _ marks a name
      // kept on purpose (e.g. `const { reason: _reason, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // An ava test is one long function by nature (setup, act, several
    // assertions); splitting it would hide what is tested.
    files: ['test/**/*.ts'],
    rules: {
      'max-lines-per-function': 'off',
    },
  },
);
