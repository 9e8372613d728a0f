import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../graphql/domain-error';

export type CursorValue = string | number | null;

export interface CursorPayload {
  /** The ordering the cursor belongs to; a cursor of one ordering is refused by another. */
  order: string;
  values: CursorValue[];
  /**
   * The list the cursor belongs to (a digest of its query and filters): a cursor of one list is
   * refused by another, even one with the same ordering.
   */
  list?: string;
}

/**
 * Opaque, tamper-proof page cursors: the keyset values of the last row, signed with a key derived
 * from the server's secret. A cursor that was altered, truncated, or made for another ordering or
 * another list is refused with BAD_USER_INPUT on the `after` field.
 */
export class CursorCodec {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('ouimake:cursor:v1').digest();
  }

  encode(payload: CursorPayload): string {
    const body = Buffer.from(JSON.stringify([payload.order, payload.values, payload.list ?? ''])).toString(
      'base64url',
    );
    return `${body}.${this.sign(body)}`;
  }

  decode(cursor: string, expectedOrder: string, expectedList = ''): CursorValue[] {
    const invalid = () =>
      DomainError.badInput('after', 'This page cursor is not valid. Start again from the first page.');
    if (typeof cursor !== 'string' || cursor.length > 2_000) throw invalid();
    const [body, signature, extra] = cursor.split('.');
    if (!body || !signature || extra !== undefined) throw invalid();
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    if (
      !Array.isArray(parsed) ||
      parsed[0] !== expectedOrder ||
      !Array.isArray(parsed[1]) ||
      parsed[2] !== expectedList
    ) {
      throw invalid();
    }
    return parsed[1] as CursorValue[];
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url').slice(0, 22);
  }
}
