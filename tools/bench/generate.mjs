// Deterministic board data for the benchmark, written in bulk SQL after the server has migrated
// the schema: the same seed gives the same rows (ids are md5 of a name and a number; the skew
// comes from PostgreSQL's random() after setseed, one session, no parallel workers).
//
// Skew: a challenge's ideas, comments and votes go mostly to the first challenges and ideas
// (index = floor(n * random()^k)), so challenge 1 is the hot one and a few ideas take most votes.
// Every counter is computed from the rows at the end, and checked as the API's tests check it.

export const SIZES = {
  S: { challenges: 100, ideas: 5_000, votes: 50_000, users: 2_000 },
  M: { challenges: 1_000, ideas: 100_000, votes: 1_000_000, users: 20_000 },
  L: { challenges: 10_000, ideas: 1_000_000, votes: 10_000_000, users: 100_000 },
};

const CITIES = ['Lyon', 'Paris', 'Nantes', 'Lille', 'Grenoble', 'Rennes', 'Marseille', 'Bordeaux'];

/** Deterministic uuid of a kind and a number, the same in SQL and in Node. */
export const uuidSql = (kind, expr) => `md5('${kind}' || (${expr}))::uuid`;

/**
 * Fills an empty, migrated database. Returns the ids the scenarios use. Besides the generated
 * board: an idea nobody voted for in the hot challenge (the crowd's), and a challenge with a
 * budget of 5 votes and 200 ideas (one person's parallel votes).
 */
export async function generate(client, size, log = () => {}) {
  const { challenges: C, ideas: I, votes: V, users: U } = SIZES[size];
  const P = Math.max(1, Math.floor(C / 5));
  const K = I * 2; // comments
  const q = async (label, sql, params = []) => {
    const t = Date.now();
    const r = await client.query(sql, params);
    log(`${label}: ${r.rowCount ?? ''} rows, ${Date.now() - t} ms`);
    return r;
  };
  await client.query(`SET max_parallel_workers_per_gather = 0`);
  await client.query(`SELECT setseed(0.42)`);
  const cities = `(ARRAY['${CITIES.join("','")}'])`;
  await q(
    'users',
    `INSERT INTO users (id, email, display_name, role, email_verified_at)
     SELECT ${uuidSql('u', 'g')}, 'bench' || g || '@bench.example', 'Personne ' || g, 'MEMBER', now()
     FROM generate_series(1, $1) g`,
    [U + 400],
  );
  await q(
    'sessions',
    `INSERT INTO sessions (id, user_id, expires_at)
     SELECT ${uuidSql('s', 'g')}, ${uuidSql('u', 'g')}, now() + interval '30 days' FROM generate_series(1, $1) g`,
    [U + 400],
  );
  await q(
    'projects',
    `INSERT INTO projects (id, slug, name, summary, city)
     SELECT ${uuidSql('p', 'g')}, 'banc-' || g, 'Projet mesuré ' || g, 'Un projet du banc d''essai',
            ${cities}[1 + g % ${CITIES.length}]
     FROM generate_series(1, $1) g`,
    [P + 1],
  );
  await q(
    'holders',
    `INSERT INTO project_holders (project_id, user_id)
     SELECT ${uuidSql('p', 'g')}, ${uuidSql('u', 'g')} FROM generate_series(1, $1) g`,
    [P + 1],
  );
  // Challenge C+1 is the budget challenge (project P+1, outside the board's skew).
  await q(
    'challenges',
    `INSERT INTO challenges (id, project_id, author_id, title, description, city, status, vote_budget,
                             published_at, last_activity_at, created_at)
     SELECT ${uuidSql('c', 'g')},
            ${uuidSql('p', `CASE WHEN g > $1 THEN $2 + 1 ELSE 1 + (g - 1) % $2 END`)},
            ${uuidSql('u', `CASE WHEN g > $1 THEN $2 + 1 ELSE 1 + (g - 1) % $2 END`)},
            'Défi ' || g || ' : ' || (ARRAY['jardins partagés', 'mobilité douce', 'repair café',
              'épicerie solidaire', 'compost de quartier', 'tiers-lieu', 'monnaie locale'])[1 + g % 7],
            'Un défi du banc d''essai, numéro ' || g || '.', ${cities}[1 + g % ${CITIES.length}], 'OPEN',
            CASE WHEN g > $1 THEN 5 END,
            now() - g * interval '1 hour', now() - g * interval '1 hour', now() - g * interval '1 hour'
     FROM generate_series(1, $1 + 1) g`,
    [C, P],
  );
  await q(
    'themes',
    `INSERT INTO challenge_themes (challenge_id, theme_slug)
     SELECT DISTINCT ${uuidSql('c', 'g')}, t.slug
     FROM generate_series(1, $1) g
     JOIN LATERAL (SELECT slug FROM themes ORDER BY position OFFSET (g % 10) LIMIT 1) t ON true
     UNION
     SELECT ${uuidSql('c', 'g')}, t.slug
     FROM generate_series(1, $1) g
     JOIN LATERAL (SELECT slug FROM themes ORDER BY position OFFSET ((g * 7 + 3) % 10) LIMIT 1) t ON true`,
    [C],
  );
  // Ideas 1..I on the board (skewed to the first challenges); I+1 is the crowd's idea in the hot
  // challenge; I+2..I+201 are the budget challenge's.
  await q(
    'ideas',
    `INSERT INTO ideas (id, challenge_id, author_id, title, body, created_at)
     SELECT ${uuidSql('i', 'g')},
            ${uuidSql(
              'c',
              `CASE WHEN g <= $1 THEN 1 + floor($2 * power(random(), 3))::int
                                 WHEN g = $1 + 1 THEN 1 ELSE $2 + 1 END`,
            )},
            ${uuidSql('u', `1 + floor($3 * random())::int`)},
            'Idée ' || g || ' : ' || (ARRAY['un atelier vélo', 'des bacs à compost', 'une boîte à dons',
              'un café réparation', 'une fresque participative', 'un marché de producteurs'])[1 + g % 6],
            'Ce que l''idée ' || g || ' propose, en quelques lignes pour le banc d''essai.',
            now() - g * interval '1 minute'
     FROM generate_series(1, $1 + 201) g`,
    [I, C, U],
  );
  await q(
    'comments',
    `INSERT INTO comments (idea_id, author_id, body, created_at)
     SELECT ${uuidSql('i', `1 + floor($1 * power(random(), 2))::int`)},
            ${uuidSql('u', `1 + floor($3 * random())::int`)},
            'Un commentaire du banc d''essai (' || g || ').', now() - g * interval '1 second'
     FROM generate_series(1, $2) g`,
    [I, K, U],
  );
  // Votes: skewed ideas, uniform people; a pair drawn twice is one vote.
  const batch = 500_000;
  for (let done = 0; done < V; done += batch) {
    await q(
      `votes ${done}+`,
      `INSERT INTO votes (idea_id, user_id, challenge_id)
       SELECT v.idea_id, v.user_id, i.challenge_id
       FROM (SELECT ${uuidSql('i', `1 + floor($1 * power(random(), 2))::int`)} AS idea_id,
                    ${uuidSql('u', `1 + floor($2 * random())::int`)} AS user_id
             FROM generate_series(1, $3) g) v
       JOIN ideas i ON i.id = v.idea_id
       ON CONFLICT DO NOTHING`,
      [I, U, Math.min(batch, V - done)],
    );
  }
  await q(
    'idea counters',
    `UPDATE ideas i SET vote_count = coalesce(v.n, 0), comment_count = coalesce(k.n, 0)
     FROM ideas i2
     LEFT JOIN (SELECT idea_id, count(*)::int n FROM votes GROUP BY idea_id) v ON v.idea_id = i2.id
     LEFT JOIN (SELECT idea_id, count(*)::int n FROM comments GROUP BY idea_id) k ON k.idea_id = i2.id
     WHERE i.id = i2.id AND (v.n IS NOT NULL OR k.n IS NOT NULL)`,
  );
  await q(
    'tallies',
    `INSERT INTO vote_tallies (challenge_id, user_id, used)
     SELECT challenge_id, user_id, count(*)::int FROM votes GROUP BY challenge_id, user_id`,
  );
  await q(
    'participants',
    `INSERT INTO challenge_participants (challenge_id, user_id)
     SELECT challenge_id, author_id FROM ideas
     UNION SELECT challenge_id, user_id FROM votes
     UNION SELECT i.challenge_id, k.author_id FROM comments k JOIN ideas i ON i.id = k.idea_id`,
  );
  await q(
    'follows',
    `INSERT INTO challenge_follows (challenge_id, user_id) SELECT challenge_id, user_id FROM challenge_participants`,
  );
  await q(
    'challenge counters',
    `UPDATE challenges c SET
       idea_count = (SELECT count(*) FROM ideas i WHERE i.challenge_id = c.id AND NOT i.hidden AND i.status <> 'MERGED'),
       participant_count = (SELECT count(*) FROM challenge_participants p WHERE p.challenge_id = c.id)`,
  );
  await q('analyze', `ANALYZE`);
  // The invariants of test/api/support/invariants.ts, over every challenge at once.
  const { rows } = await client.query(
    `SELECT
       (SELECT count(*)::int FROM ideas i WHERE i.vote_count <> (SELECT count(*) FROM votes v WHERE v.idea_id = i.id)) AS idea_votes,
       (SELECT count(*)::int FROM ideas i WHERE i.comment_count <> (SELECT count(*) FROM comments c
          WHERE c.idea_id = i.id AND c.deleted_at IS NULL AND NOT c.hidden)) AS idea_comments,
       (SELECT count(*)::int FROM vote_tallies vt WHERE vt.used <> (SELECT count(*) FROM votes v
          WHERE v.challenge_id = vt.challenge_id AND v.user_id = vt.user_id)) AS tallies,
       (SELECT count(*)::int FROM challenges c WHERE c.idea_count <> (SELECT count(*) FROM ideas
          WHERE challenge_id = c.id AND NOT hidden AND status <> 'MERGED')) AS idea_count,
       (SELECT count(*)::int FROM challenges c WHERE c.participant_count <> (SELECT count(*)
          FROM challenge_participants WHERE challenge_id = c.id)) AS participants,
       (SELECT count(*)::int FROM votes) AS votes, (SELECT count(*)::int FROM ideas) AS ideas,
       (SELECT count(*)::int FROM comments) AS comments`,
  );
  const check = rows[0];
  for (const k of ['idea_votes', 'idea_comments', 'tallies', 'idea_count', 'participants']) {
    if (check[k] !== 0) throw new Error(`generated data breaks the invariant ${k}: ${JSON.stringify(check)}`);
  }
  const hotIdea = (
    await client.query(
      `SELECT i.id FROM ideas i WHERE i.challenge_id = ${uuidSql('c', '1')} ORDER BY i.comment_count DESC, i.id LIMIT 1`,
    )
  ).rows[0].id;
  const hotIdeas = (
    await client.query(
      `SELECT id FROM ideas WHERE challenge_id = ${uuidSql('c', '1')} AND id <> ${uuidSql('i', '$1')}`,
      [I + 1],
    )
  ).rows.map((r) => r.id);
  const budgetIdeas = (
    await client.query(`SELECT id FROM ideas WHERE challenge_id = ${uuidSql('c', '$1')}`, [C + 1])
  ).rows.map((r) => r.id);
  const one = async (kind, n) => (await client.query(`SELECT ${uuidSql(kind, '$1')} AS id`, [n])).rows[0].id;
  return {
    counts: { users: U, challenges: C, ideas: check.ideas, votes: check.votes, comments: check.comments },
    hotChallenge: await one('c', 1),
    hotIdea,
    hotIdeas,
    crowdIdea: await one('i', I + 1),
    budgetChallenge: await one('c', C + 1),
    budgetIdeas,
    /** People 1..U vote on the board; U+1..U+400 have no votes yet (the crowd, the budget voter). */
    userCount: U,
  };
}
