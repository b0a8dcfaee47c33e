// What an id is (personas, teams, channels, journeys, phases, touchpoints): the grammar's ID
// terminal, /[_\p{L}][\p{L}\p{M}\p{N}_]*/u — letters of any script, combining marks, digits and
// '_', not starting with a mark or a digit. The one copy the code checks ids with; a test holds
// it equal to the grammar's terminal and to the TextMate grammar's (syntaxes/).

/** The characters an id starts with, as the inside of a character class. */
export const ID_START_CHARS = '_\\p{L}';
/** The characters an id goes on with (and that a keyword must not touch), as the inside of a character class. */
export const ID_PART_CHARS = '\\p{L}\\p{M}\\p{N}_';
/** An id, unanchored, for building larger patterns (Unicode flag). */
export const ID_SOURCE = `[${ID_START_CHARS}][${ID_PART_CHARS}]*`;

const WHOLE_ID = new RegExp(`^${ID_SOURCE}$`, 'u');

/** Whether `text` is one whole id (it may still be a keyword, which the grammar does not take as an id). */
export function isIdentifier(text: string): boolean {
    return WHOLE_ID.test(text);
}
