import { ErrorCode } from '@ouimake/domain';
import { GraphQLError, parse, Source, visit, type ValueNode } from 'graphql';
import { DomainError } from './domain-error';
import { createFormatError } from './format-error';

describe('formatError', () => {
  const logged: unknown[] = [];
  const format = createFormatError({ error: (obj) => logged.push(obj) }, { requestId: () => 'req-42' });

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
    expect(out).toEqual({
      message: expect.stringContaining('req-42'),
      path: undefined,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: 'req-42' },
    });
    expect(out.message).not.toContain('relation');
    expect(logged).toEqual([expect.objectContaining({ err: secret, requestId: 'req-42' })]);
  });

  it('names the input field of a bad variable, within lists too', () => {
    const at = (message: string) =>
      format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message)).extensions;
    expect(
      at('Variable "$input" got invalid value "x" at "input.closesAt"; Expected type "DateTime".'),
    ).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'closesAt',
    });
    expect(at('Variable "$input" got invalid value "x" at "input.venues[1].startsAt"; nope')?.field).toBe(
      'venues.1.startsAt',
    );
    expect(at('Variable "$closesAt" got invalid value "x"; Expected type "DateTime".')?.field).toBe(
      'closesAt',
    );
  });

  it('names the argument or input field of a bad literal from its place in the document', () => {
    const source = new Source('mutation { update(id: "1", input: { title: "t", closesAt: "soon" }) { id } }');
    const document = parse(source);
    let closesAt: ValueNode | undefined;
    visit(document, {
      ObjectField(node) {
        if (node.name.value === 'closesAt') closesAt = node.value;
      },
    });
    const error = new GraphQLError('Expected value of type "DateTime", found "soon"; no', {
      nodes: closesAt ? [closesAt] : [],
      source,
    });
    const out = format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error);
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'closesAt' });
  });

  it('drops suggestions that would describe the schema when asked to', () => {
    const hidden = createFormatError({ error: () => undefined }, { hideSuggestions: true });
    const message = 'Cannot query field "titel" on type "Challenge". Did you mean "title"?';
    const out = hidden(
      { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError(message),
    );
    expect(out.message).toBe('Cannot query field "titel" on type "Challenge".');
  });
});
