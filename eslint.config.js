import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// What the simulation may not touch: it must stay pure, deterministic and runnable anywhere.
const MODEL_FORBIDDEN_IMPORTS = [
  { group: ['react', 'react-*', 'react/*'], message: 'src/model is UI-free: no React.' },
  { group: ['d3', 'd3-*'], message: 'src/model is UI-free: no D3 (geometry lives in src/viz).' },
  { group: ['zustand', 'zustand/*'], message: 'src/model holds no store state.' },
  {
    group: ['node:*', 'fs', 'path', 'os', 'crypto'],
    message: 'src/model must run in browsers and workers too.',
  },
  {
    group: ['**/ui/**', '**/viz/**', '**/state/**', '**/app/**', '**/cli/**'],
    message: 'Dependencies point inwards: the model imports only src/lib.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/app/**/*.ts', 'src/state/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/model/**/*.ts', 'src/lib/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: MODEL_FORBIDDEN_IMPORTS }],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No DOM in src/model.' },
        { name: 'document', message: 'No DOM in src/model.' },
        { name: 'performance', message: 'No clock in src/model: the simulation is deterministic.' },
        { name: 'Date', message: 'No clock in src/model: the simulation is deterministic.' },
        { name: 'setTimeout', message: 'No timers in src/model.' },
        { name: 'process', message: 'No Node globals in src/model.' },
        { name: 'Buffer', message: 'No Node globals in src/model: use Uint8Array.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'No Math.random in src/model: pass a seeded generator.',
        },
        { object: 'crypto', property: 'getRandomValues', message: 'No randomness in src/model.' },
      ],
    },
  },
);
