// ESLint's and typescript-eslint's recommended rules on every TypeScript and JavaScript file
// of the product, its tests, scripts and benchmark (as Langium and LikeC4 do). Formatting is
// Prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    { ignores: ['language/generated/', 'dist/', 'out/', '.cache/', 'node_modules/', 'bench/.work/', 'test-results/'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: { globals: { ...globals.node, ...globals.browser } },
        rules: {
            // `_name` marks a parameter or binding kept for its position or to leave it out of a spread.
            // Regular expressions here match indented source text, where the spaces are the indentation.
            'no-regex-spaces': 'off',
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
            ],
        },
    },
    {
        files: ['**/*.cjs'],
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
);
