// ESLint 9 flat config: bug-finding rules for the TypeScript (wasm/src, site/src, tests) and the
// JavaScript (scripts, test fixtures) of the project. Layout and spacing are no linter's business
// here (no stylistic rules); tsc --noEmit checks the types. Run through `npm run lint`
// (scripts/lint.sh), which also runs clang-format and clang-tidy; `npm run format` applies the
// safe autofixes.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'site/dist/',
      'build/',
      'node_modules/',
      'test-results/',
      '.vite/',
      '.prof-dist/',
      'wasm/src/native/*.mjs', // emitted by Emscripten
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // Rules for every file, JavaScript and TypeScript.
  js.configs.recommended,
  {
    rules: {
      'no-empty': ['error', { allowEmptyCatch: true }], // `catch {}` = "ignore a failure" on purpose
      // The two control-character regexes (wasm/src/format.ts, its test) match control characters on
      // purpose, to escape them for the terminal.
      'no-control-regex': 'off',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      'array-callback-return': 'error',
      eqeqeq: ['error', 'smart'], // `x == null` stays allowed
    },
  },

  // Plain JavaScript: Node scripts and the browser fixtures of the e2e tests.
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // TypeScript, with type information from the nearest tsconfig.json (wasm/tsconfig.json for the
  // library, tsconfig.json for the site, the tests and the configs).
  {
    files: ['**/*.{ts,mts,cts}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `_name` marks an argument or a binding kept on purpose (a callback's signature, a rest sibling).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `cond ? a() : b()` as a statement is a style, not a bug.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
      // A switch that leaves out a case of a union or an enum and has no default.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      // GGUF parsing switches on the file's raw numbers against numeric enums on purpose.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Fakes of async interfaces (tests) and async-by-contract functions need no await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-deprecated': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
    },
  },

  // Tests read JSON output and poke at values typed `any` on purpose; the `no-unsafe-*` family
  // (which tracks `any`) guards the library and the site only.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
