import { describe, expect, it } from 'vitest';
import { identifierPattern } from '../../language/parser/identifier-pattern.js';

// The lexer's identifier must accept exactly what the grammar's ID terminal
// (/[_\p{L}][\p{L}\p{M}\p{N}_]*/u) accepts in the Basic Multilingual Plane.
describe('identifier pattern', () => {
    it('matches the same characters as the Unicode ID terminal, first and following', () => {
        const whole = new RegExp(`^(?:${identifierPattern().source})$`);
        const first = /^[_\p{L}]$/u;
        const following = /^[_\p{L}\p{M}\p{N}]$/u;
        const wrong: string[] = [];
        for (let code = 0; code < 0x10000; code++) {
            if (code >= 0xd800 && code <= 0xdfff) continue;
            const char = String.fromCharCode(code);
            if (whole.test(char) !== first.test(char)) wrong.push(`first U+${code.toString(16)}`);
            if (whole.test(`a${char}`) !== following.test(char)) wrong.push(`following U+${code.toString(16)}`);
        }
        expect(wrong).toEqual([]);
        expect(whole.test('Ñandú_2')).toBe(true);
        expect(whole.test('2x')).toBe(false);
    });
});
