import { QueryFailedError } from 'typeorm';
import { DomainError } from '../graphql/domain-error';
import { isUuid } from '../graphql/ids';

/**
 * The key a device gives what it creates (an idea, a comment) and sends again with every retry of
 * it, so that a request repeated after a dropped connection creates nothing twice. A UUID, or none.
 */
export function checkClientKey(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (!isUuid(value)) throw DomainError.badInput('clientKey', 'The client key is a UUID.');
  return value.toLowerCase();
}

/** Whether `error` is the unique index `constraint` refusing a second row. */
export function violates(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && driver.constraint === constraint;
}

/**
 * Runs `create`, unless the same author already made something with this key: then answers that
 * (`made` reads it; a retry racing the first attempt finds it once the first one committed).
 */
export async function once<T>(
  clientKey: string | null,
  constraint: string,
  made: (clientKey: string) => Promise<T | null>,
  create: () => Promise<T>,
): Promise<{ value: T; created: boolean }> {
  if (clientKey) {
    const before = await made(clientKey);
    if (before) return { value: before, created: false };
  }
  try {
    return { value: await create(), created: true };
  } catch (e) {
    if (!clientKey || !violates(e, constraint)) throw e;
    const raced = await made(clientKey);
    if (!raced) throw e;
    return { value: raced, created: false };
  }
}
