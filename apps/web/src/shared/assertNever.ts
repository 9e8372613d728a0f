/**
 * Closes an exhaustive `switch`: in its `default`, `value` is `never` only while every case is
 * handled, so a member added to a union or an enum (a new ActivityKind in the generated types)
 * fails the typecheck there. It can still come at run time (an API deployed before the board):
 * `otherwise` says what to do then; without it, it throws.
 */
export function assertNever<T = never>(value: never, otherwise?: () => T): T {
  if (otherwise) return otherwise();
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
