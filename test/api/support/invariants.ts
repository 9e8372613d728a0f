import type { TestApp } from './test-app';

/**
 * The counters people see equal the rows they count, for one challenge: votes per idea, comments
 * per idea (neither deleted nor hidden), each person's spent budget, the challenge's ideas (neither
 * hidden nor merged) and participants; a merged idea holds no votes. Run after every concurrency test.
 */
export async function expectCountersMatchRows(t: TestApp, challengeId: string): Promise<void> {
  const [mismatch] = await t.dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM ideas i WHERE i.challenge_id = $1
          AND i.vote_count <> (SELECT count(*) FROM votes v WHERE v.idea_id = i.id)) AS idea_votes,
       (SELECT count(*)::int FROM ideas i WHERE i.challenge_id = $1
          AND i.comment_count <> (SELECT count(*) FROM comments c
                                   WHERE c.idea_id = i.id AND c.deleted_at IS NULL AND NOT c.hidden)) AS idea_comments,
       (SELECT count(*)::int FROM vote_tallies vt WHERE vt.challenge_id = $1
          AND vt.used <> (SELECT count(*) FROM votes v WHERE v.challenge_id = $1 AND v.user_id = vt.user_id)) AS tallies,
       (SELECT idea_count - (SELECT count(*) FROM ideas WHERE challenge_id = $1 AND NOT hidden AND status <> 'MERGED')
          FROM challenges WHERE id = $1)::int AS idea_count,
       (SELECT participant_count - (SELECT count(*) FROM challenge_participants WHERE challenge_id = $1)
          FROM challenges WHERE id = $1)::int AS participants,
       (SELECT count(*)::int FROM votes v JOIN ideas i ON i.id = v.idea_id
          WHERE i.challenge_id = $1 AND i.status = 'MERGED') AS votes_on_merged`,
    [challengeId],
  );
  expect(mismatch).toEqual({
    idea_votes: 0,
    idea_comments: 0,
    tallies: 0,
    idea_count: 0,
    participants: 0,
    votes_on_merged: 0,
  });
}
