/**
 * A URL-safe slug from a name: accents folded, lower case, words joined by hyphens.
 * `La Cantine numérique` gives `la-cantine-numerique`.
 */
export function slugify(name: string, maxLength = 60): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'projet';
}
