/**
 * The characters of a join code (the API's alphabet): digits and capitals without look-alikes, so
 * that a code read across a room is typed right.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** A code as typed (`7kq 4xm`, `7KQ-4XM`): capitals without spaces, dashes or dots. */
export function cleanJoinCode(typed: string): string {
  return typed.replace(/[\s\-_.·]/g, '').toUpperCase();
}

/** Whether a cleaned code can be a join code at all (checked before asking the API). */
export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((char) => JOIN_CODE_ALPHABET.includes(char));
}

/** The short address of a challenge in a room: `ouimake.local/j/7KQ4XM`. */
export function joinAddress(host: string, code: string): string {
  return `${host}/j/${code}`;
}
