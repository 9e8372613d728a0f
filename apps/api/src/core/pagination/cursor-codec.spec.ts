import { ErrorCode } from '@ouimake/domain';
import { DomainError } from '../graphql/domain-error';
import { CursorCodec } from './cursor-codec';

describe('CursorCodec', () => {
  const codec = new CursorCodec('s'.repeat(40));
  const cursor = codec.encode({ order: 'NEWEST', values: ['2026-11-29T10:00:00.000Z', 'abc'] });

  function refusal(run: () => unknown): DomainError {
    try {
      run();
    } catch (e) {
      return e as DomainError;
    }
    throw new Error('expected a refusal');
  }

  it('round-trips the keyset values', () => {
    expect(codec.decode(cursor, 'NEWEST')).toEqual(['2026-11-29T10:00:00.000Z', 'abc']);
  });

  it.each([
    ['altered', cursor.replace(/^./, (c) => (c === 'W' ? 'X' : 'W'))],
    ['truncated', cursor.slice(0, -3)],
    ['garbage', 'not-a-cursor'],
    ['empty', ''],
    ['signed by another server', new CursorCodec('t'.repeat(40)).encode({ order: 'NEWEST', values: [] })],
  ])('refuses a cursor that is %s', (_, bad) => {
    const err = refusal(() => codec.decode(bad, 'NEWEST'));
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(err.field).toBe('after');
  });

  it('refuses a cursor made for another ordering', () => {
    expect(refusal(() => codec.decode(cursor, 'MOST_IDEAS')).field).toBe('after');
  });

  it('refuses a cursor of another list with the same ordering', () => {
    const ofA = codec.encode({ order: 'NEWEST', values: ['x'], list: 'ideas-of-a' });
    expect(codec.decode(ofA, 'NEWEST', 'ideas-of-a')).toEqual(['x']);
    expect(refusal(() => codec.decode(ofA, 'NEWEST', 'ideas-of-b')).field).toBe('after');
    expect(refusal(() => codec.decode(cursor, 'NEWEST', 'ideas-of-a')).field).toBe('after');
  });
});
