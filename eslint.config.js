// Lint rules, including the ones that keep the layers apart (see ../shared/style.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const appLayers = ['**/renderer/**', '**/main/**', '**/cli/**'];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...appLayers,
                'react',
                'react-dom',
                'react/*',
                'dexie',
                'dexie-react-hooks',
                'electron',
                'node:*',
                'zustand',
              ],
              message:
                'shared/ is pure TypeScript: it imports no app code, React, Dexie, Electron, zustand or Node API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only renderer/db/ talks to Dexie: call a repository function instead.' }],
          patterns: [
            {
              group: ['electron', '**/main/**'],
              message: 'The renderer reaches the OS only through the platform interface.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/main/**'],
              message: 'The renderer reaches the OS only through the platform interface.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'react', 'react-dom', '**/renderer/**'],
              message: 'main/ moves bytes and asks the OS; it uses no renderer code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts', 'tests/**/*.{ts,tsx}', 'scripts/**/*.mjs', 'bin/**/*.mjs'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/ imports electron.' }] }],
    },
  },
);
