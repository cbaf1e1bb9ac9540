/**
 * The characters of the Characters dataset, in one-hot order: line break, space, comma, full stop,
 * then a to z. Kept here, apart from the text (which only the worker loads), because the page needs
 * the count of classes and the names of the letters.
 */
export const CHARACTER_ALPHABET: readonly string[] = ['\n', ' ', ',', '.', ...'abcdefghijklmnopqrstuvwxyz'];

/** A character as a learner reads it in a table or a caption. */
export const shownCharacter = (char: string) => (char === '\n' ? '↵' : char === ' ' ? '␣' : char);

/** The memory task's symbols, in one-hot order: A or B is the cue to remember, C and D only fill the time between. */
export const MEMORY_ALPHABET: readonly string[] = ['A', 'B', 'C', 'D'];
