import { BrainstormPhase, ChallengeStatus, IdeaStatus } from '@ouimake/domain';

/**
 * A vote and an unvote are each ONE statement, sent in one round trip and committed on its own:
 * nothing is held locked while Node thinks, so the votes of a busy challenge never queue behind
 * each other's round trips.
 *
 * Locks, taken in the order every other writer of a challenge takes them (challenge, then idea):
 * - the challenge row FOR KEY SHARE: votes never wait for each other there, but a writer holding
 *   the challenge FOR UPDATE (closing, merging, editing, hiding, withdrawing, a round starting)
 *   makes the vote wait until it commits, and the vote then reads what it wrote;
 * - the idea row FOR NO KEY UPDATE (the lock its counter's update takes anyway): votes on the same
 *   idea take turns for the length of one statement, never of a round trip.
 *
 * The vote row goes in first, by an insert that skips a row already there: the unique index decides,
 * on the latest committed state (it waits for a vote or an unvote of the same person still in
 * flight), never on the statement's snapshot, which may predate them. Only an inserted vote spends
 * the budget, by the conditional upsert of the person's tally row (rows locked by PostgreSQL
 * re-check the condition on the newest version, so no concurrency overspends it), and only then does
 * the idea's counter move. An inserted vote that finds the budget spent divides by zero: that rolls
 * the whole statement back, and the service answers that the budget is spent.
 *
 * Parameters: $1 idea id, $2 the person's id, $3 whether their role curates every challenge, $4
 * whether holding the challenge's project makes them a curator.
 */
const LOCKED = `
  c AS (
    SELECT c.id, c.status AS c_status, c.vote_budget AS c_vote_budget, c.blind_voting AS c_blind_voting,
           c.project_id AS c_project_id,
           EXISTS (SELECT 1 FROM project_holders h WHERE h.project_id = c.project_id AND h.user_id = $2)
             AS c_holds,
           (SELECT s.phase FROM brainstorm_sessions s
             WHERE s.challenge_id = c.id AND s.stopped_at IS NULL AND s.ends_at > now()
             ORDER BY s.started_at DESC LIMIT 1)::text AS c_phase
    FROM challenges c
    WHERE c.id = (SELECT challenge_id FROM ideas WHERE id = $1)
    FOR KEY SHARE
  ),
  i AS (
    SELECT i.* FROM ideas i WHERE i.id = $1 AND i.challenge_id = (SELECT id FROM c)
    FOR NO KEY UPDATE
  ),
  allowed AS (
    SELECT i.id AS idea_id, i.challenge_id FROM i, c
    WHERE c.c_status = '${ChallengeStatus.OPEN}'
      AND c.c_phase IS DISTINCT FROM '${BrainstormPhase.IDEATION}'
      AND (NOT i.hidden OR i.author_id = $2 OR $3::boolean OR ($4::boolean AND c.c_holds))
  )`;

const OUTCOME = `i.*, c.c_status, c.c_vote_budget, c.c_blind_voting, c.c_project_id, c.c_holds, c.c_phase`;

export const VOTE_SQL = `
WITH ${LOCKED},
  cast_vote AS (
    INSERT INTO votes (idea_id, user_id, challenge_id)
    SELECT a.idea_id, $2, a.challenge_id FROM allowed a, i
    WHERE i.status <> '${IdeaStatus.MERGED}'
    ON CONFLICT DO NOTHING
    RETURNING idea_id, challenge_id
  ),
  spent AS (
    INSERT INTO vote_tallies AS t (challenge_id, user_id, used)
    SELECT challenge_id, $2, 1 FROM cast_vote WHERE (SELECT c_vote_budget FROM c) IS DISTINCT FROM 0
    ON CONFLICT (challenge_id, user_id) DO UPDATE SET used = t.used + 1
    WHERE (SELECT c_vote_budget FROM c) IS NULL OR t.used < (SELECT c_vote_budget FROM c)
    RETURNING t.used
  ),
  counted AS (
    UPDATE ideas SET vote_count = vote_count + 1
    WHERE id IN (SELECT idea_id FROM cast_vote)
    RETURNING vote_count
  ),
  joined AS (
    INSERT INTO challenge_participants (challenge_id, user_id)
    SELECT challenge_id, $2 FROM cast_vote
    ON CONFLICT DO NOTHING
    RETURNING user_id
  ),
  followed AS (
    INSERT INTO challenge_follows (challenge_id, user_id)
    SELECT challenge_id, $2 FROM cast_vote
    ON CONFLICT DO NOTHING
  ),
  touched AS (
    UPDATE challenges
    SET participant_count = participant_count + (SELECT count(*)::int FROM joined),
        last_activity_at = CASE WHEN last_activity_at < now() - interval '1 minute' THEN now()
                                ELSE last_activity_at END
    WHERE id IN (SELECT challenge_id FROM cast_vote)
      AND (EXISTS (SELECT 1 FROM joined) OR last_activity_at < now() - interval '1 minute')
  )
SELECT ${OUTCOME},
  EXISTS (SELECT 1 FROM allowed) AS v_allowed,
  (SELECT vote_count FROM counted) AS v_vote_count,
  COALESCE((SELECT used FROM spent),
           (SELECT t.used FROM vote_tallies t WHERE t.challenge_id = c.id AND t.user_id = $2), 0) AS v_used,
  1 / CASE WHEN EXISTS (SELECT 1 FROM cast_vote) AND NOT EXISTS (SELECT 1 FROM spent) THEN 0 ELSE 1 END
    AS v_within_budget
FROM i, c`;

/** Same parameters; the vote row, the tally and the counter move together, or nothing does. */
export const UNVOTE_SQL = `
WITH ${LOCKED},
  taken_back AS (
    DELETE FROM votes v USING allowed a
    WHERE v.idea_id = a.idea_id AND v.user_id = $2
    RETURNING v.idea_id, v.challenge_id
  ),
  returned AS (
    UPDATE vote_tallies SET used = used - 1
    WHERE challenge_id IN (SELECT challenge_id FROM taken_back) AND user_id = $2
    RETURNING used
  ),
  counted AS (
    UPDATE ideas SET vote_count = vote_count - 1
    WHERE id IN (SELECT idea_id FROM taken_back)
    RETURNING vote_count
  )
SELECT ${OUTCOME},
  EXISTS (SELECT 1 FROM allowed) AS v_allowed,
  (SELECT vote_count FROM counted) AS v_vote_count,
  COALESCE((SELECT used FROM returned),
           (SELECT t.used FROM vote_tallies t WHERE t.challenge_id = c.id AND t.user_id = $2), 0) AS v_used
FROM i, c`;

/** PostgreSQL's code for the division by zero VOTE_SQL makes when the person's budget is spent. */
export const BUDGET_SPENT = '22012';

/** What a vote statement answers: the idea's row (latest version), its challenge's facts, the outcome. */
export interface VoteOutcomeRow extends Record<string, unknown> {
  c_status: ChallengeStatus;
  c_vote_budget: number | null;
  c_blind_voting: boolean;
  c_project_id: string;
  c_holds: boolean;
  c_phase: BrainstormPhase | null;
  v_allowed: boolean;
  v_vote_count: number | null;
  /** The person's votes spent on the challenge once the statement is done. */
  v_used: number;
}
