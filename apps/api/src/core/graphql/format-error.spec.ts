import { ErrorCode } from '@ouimake/domain';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';
import { createFormatError } from './format-error';

describe('formatError', () => {
  const logged: unknown[] = [];
  const format = createFormatError({ error: (obj) => logged.push(obj) });

  beforeEach(() => (logged.length = 0));

  it('keeps the code and field of a domain error', () => {
    const err = new GraphQLError('wrapped', { originalError: DomainError.badInput('title', 'Too short.') });
    expect(format({ message: 'wrapped', path: ['createChallenge'] }, err)).toEqual({
      message: 'Too short.',
      path: ['createChallenge'],
      locations: undefined,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'title' },
    });
  });

  it('says BAD_USER_INPUT for a malformed document and names a bad variable', () => {
    const out = format(
      { message: 'Variable "$first" got invalid value "x"', extensions: { code: 'BAD_USER_INPUT' } },
      new GraphQLError('x'),
    );
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'first' });
    expect(
      format({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, null).extensions,
    ).toEqual({ code: ErrorCode.BAD_USER_INPUT });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR and logs them', () => {
    const secret = new Error('relation "users" does not exist at 10.0.0.3');
    const out = format(
      { message: secret.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } },
      secret,
    );
    expect(out.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
    expect(out.message).not.toContain('relation');
    expect(logged).toHaveLength(1);
  });
});
