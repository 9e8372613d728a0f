/**
 * The search document of a challenge (alias `c`): the expression of the GIN index that
 * AddChallengeSearch creates, character for character apart from the alias.
 */
export const SEARCH_VECTOR = `(
        setweight(to_tsvector('french'::regconfig, ouimake_unaccent(c.title)), 'A') ||
        setweight(to_tsvector('french'::regconfig, ouimake_unaccent(c.description)), 'B') ||
        setweight(to_tsvector('english'::regconfig, ouimake_unaccent(c.title)), 'A') ||
        setweight(to_tsvector('english'::regconfig, ouimake_unaccent(c.description)), 'B')
      )`;

/** What people type, as a query over both languages' stems; `:query` is bound by the caller. */
export const SEARCH_QUERY = `(websearch_to_tsquery('french'::regconfig, ouimake_unaccent(:query)) || websearch_to_tsquery('english'::regconfig, ouimake_unaccent(:query)))`;
