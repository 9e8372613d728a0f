import { assertNever } from './assertNever';

type Phase = 'IDEATION' | 'VOTING';

function label(phase: Phase): string {
  switch (phase) {
    case 'IDEATION':
      return 'ideas';
    case 'VOTING':
      return 'votes';
    default:
      return assertNever(phase, () => 'unknown');
  }
}

function unfinished(phase: Phase): string {
  switch (phase) {
    case 'IDEATION':
      return 'ideas';
    default:
      // @ts-expect-error -- 'VOTING' is not handled: the typecheck fails here, which is the point.
      return assertNever(phase);
  }
}

describe('assertNever', () => {
  it('lets an exhaustive switch say what to do with a case that comes only at run time', () => {
    expect(label('VOTING')).toBe('votes');
    expect(label('PAUSED' as Phase)).toBe('unknown');
  });

  it('throws, naming the case, when nothing is said', () => {
    expect(() => unfinished('VOTING')).toThrow('Unhandled case: "VOTING"');
    expect(unfinished('IDEATION')).toBe('ideas');
  });
});
