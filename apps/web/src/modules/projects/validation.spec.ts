import { checkWebsite, completeWebsite, userIdFrom } from './validation';

describe('reading a person from a pasted profile address', () => {
  const id = '0b6f5a1e-4c2d-4e8a-9f3b-2d1c0e9a8b7c';

  it.each([
    [`https://ouimake.example/users/${id}`],
    [`http://localhost:3000/users/${id}/`],
    [`/users/${id}?tab=ideas#top`],
    [`users/${id}`],
    [`  ${id}  `],
  ])('finds the id in %p', (text) => {
    expect(userIdFrom(text)).toBe(id);
  });

  it.each([[''], ['   '], ['Léna Cariou'], ['https://ouimake.example/projects/coop'], ['/users/']])(
    'finds nothing in %p',
    (text) => {
      expect(userIdFrom(text)).toBeNull();
    },
  );
});

describe('a project website', () => {
  it('completes a bare domain with https, and leaves the rest as typed', () => {
    expect(completeWebsite('coop.example')).toBe('https://coop.example');
    expect(completeWebsite('coop.example/a-propos')).toBe('https://coop.example/a-propos');
    expect(completeWebsite('http://coop.example')).toBe('http://coop.example');
    expect(completeWebsite('ftp://coop.example')).toBe('ftp://coop.example');
    expect(completeWebsite('coop')).toBe('coop');
    expect(completeWebsite('  ')).toBe('');
  });

  it('accepts nothing, or a full http(s) address', () => {
    expect(checkWebsite('')).toBeNull();
    expect(checkWebsite('https://coop.example/')).toBeNull();
    expect(checkWebsite('ftp://coop.example')?.key).toBe('projectForm.errors.websiteInvalid');
    expect(checkWebsite('javascript:alert(1)')?.key).toBe('projectForm.errors.websiteInvalid');
    expect(checkWebsite('https://localhost')?.key).toBe('projectForm.errors.websiteInvalid');
  });
});
