import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** Folders of src/ that are HTTP or composition (what pure and stateful code must not reach into). */
const HTTP_LAYERS = [
  './src/controllers',
  './src/middleware',
  './src/routes',
  './src/app.ts',
  './src/app-deps.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      'no-console': ['error'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The layering of docs/architecture.md, checked on resolved paths (an unresolved relative import
    // is an error too, so a rule cannot be dodged by a path the resolver does not follow).
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.d.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-unresolved': ['error', { ignore: ['^node:'] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'domain/ is pure: it imports nothing outside domain/ (see docs/architecture.md).',
            },
            {
              target: './src/services',
              from: ['./src/presenters', ...HTTP_LAYERS],
              message:
                'services/ hold state or do I/O; formatting belongs in presenters/, HTTP in controllers/.',
            },
            {
              target: './src/validators',
              from: ['./src/services', './src/presenters', './src/repositories', './src/db', ...HTTP_LAYERS],
              message: 'validators/ check input against the domain and return problems as message keys.',
            },
            {
              target: './src/runtime',
              from: './src',
              except: ['./runtime'],
              message:
                'runtime/ sets up the process and its HTTP server; it imports only Node and npm libraries.',
            },
            {
              target: './src/presenters',
              from: ['./src/services', './src/repositories', './src/db', ...HTTP_LAYERS],
              message:
                'presenters/ turn domain data into view models; they call no service and know no HTTP.',
            },
          ],
        },
      ],
    },
  },
  { files: ['test/**/*.ts', 'scripts/**/*.ts', 'seeds/**/*.ts'], rules: { 'no-console': 'off' } },
  {
    files: ['*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['test/**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
