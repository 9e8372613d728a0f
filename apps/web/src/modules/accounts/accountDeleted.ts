/**
 * Whether the account was just deleted here: the board the person comes back to says so until
 * they close the notice or go elsewhere. Kept outside React, as the deletion also ends the session
 * and its pages (which would otherwise take the news with them).
 */
let deleted = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (deleted === value) return;
  deleted = value;
  for (const listener of [...listeners]) listener();
}

export const accountDeleted = {
  mark: () => set(true),
  forget: () => set(false),
  get: () => deleted,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
