// String values are stored flat and detached (language/parser/journey-value-converter.ts);
// they must read exactly as Langium's own conversion reads them.
import { describe, expect, it } from 'vitest';
import { ValueConverter } from 'langium';
import { convertStringToken, detachString } from '../../language/parser/journey-value-converter.js';

describe('string values', () => {
    it('read as Langium reads them: quotes removed, escapes resolved', () => {
        for (const token of [
            '""',
            '"a"',
            '"Recibe el diagnóstico: presupuesto y plazo"',
            '"say \\"hi\\""',
            '"tab\\tnew\\nline\\\\ back"',
            '"\\u"',
            '"emoji 🚗 ✓"',
            '"\\0\\b\\f\\v\\r"',
        ]) {
            expect(convertStringToken(token), token).toBe(ValueConverter.convertString(token));
        }
    });

    it('are equal copies of the text they are cut from', () => {
        const text = 'x'.repeat(100) + 'a long enough title to be a slice' + 'y'.repeat(100);
        expect(detachString(text.slice(100, 133))).toBe('a long enough title to be a slice');
        expect(detachString('short')).toBe('short');
    });
});
