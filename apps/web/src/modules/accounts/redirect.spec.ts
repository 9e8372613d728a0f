import { safeNext, signInPath } from './redirect';

describe('where to go after signing in', () => {
  it('keeps a path of this board, with its query', () => {
    expect(safeNext('/profile')).toBe('/profile');
    expect(safeNext('/challenges?city=Brest')).toBe('/challenges?city=Brest');
  });

  it('never leaves the board, and never loops back to a sign-in page', () => {
    for (const next of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'profile']) {
      expect(safeNext(next)).toBe('/');
    }
    expect(safeNext('/sign-in?next=/profile')).toBe('/');
    expect(safeNext('/sign-up')).toBe('/');
  });

  it('builds the sign-in and sign-up addresses', () => {
    expect(signInPath('/admin/users')).toBe('/sign-in?next=%2Fadmin%2Fusers');
    expect(signInPath('/', '/sign-up')).toBe('/sign-up');
    expect(signInPath('/sign-in')).toBe('/sign-in');
  });
});
