import { Injectable } from '@nestjs/common';
import { ActivityKind, ErrorCode, IdeaStatus } from '@ouimake/domain';
import { DataSource } from 'typeorm';
import { authorize } from '../../core/auth/policy';
import { returning } from '../../core/database/sql';
import { DomainError } from '../../core/graphql/domain-error';
import type { Viewer } from '../../core/graphql/request-context';
import { assertVotingOpen } from '../brainstorm/brainstorm-rules';
import { takeBackVote } from './vote-rules';
import { IdeaEntity } from '../ideas/idea.entity';
import { assertOpen, recordContribution } from '../ideas/idea-rules';
import { IdeasService } from '../ideas/ideas.service';

/**
 * Votes. Every write on a challenge's ideas locks the challenge's row first, then the idea's, so
 * that concurrent votes, edits and comments never deadlock. The vote row's primary key makes a
 * second vote impossible; the budget is spent by one conditional upsert of the person's tally row;
 * the idea's counter moves in the same statement sequence, so it always equals its vote rows.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
  ) {}

  /** Idempotent: voting again for the same idea changes nothing. */
  async vote(viewer: Viewer | null, ideaId: string): Promise<IdeaEntity> {
    const me = authorize(viewer, 'idea.vote');
    const idea = await this.db.transaction(async (tx) => {
      const { idea, challenge } = await this.ideas.lockIdea(tx, ideaId, me);
      assertOpen(challenge);
      await assertVotingOpen(tx, challenge.id);
      if (idea.status === IdeaStatus.MERGED) {
        throw new DomainError(ErrorCode.CONFLICT, 'This idea was merged into another: vote for that one.');
      }
      const inserted = await returning(
        tx,
        `INSERT INTO votes (idea_id, user_id, challenge_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING idea_id`,
        [idea.id, me.id, challenge.id],
      );
      if (inserted.length === 0) return idea;
      const spent = await returning(
        tx,
        `INSERT INTO vote_tallies (challenge_id, user_id, used) VALUES ($1, $2, 1)
         ON CONFLICT (challenge_id, user_id) DO UPDATE SET used = vote_tallies.used + 1
         WHERE $3::int IS NULL OR vote_tallies.used < $3::int
         RETURNING used`,
        [challenge.id, me.id, challenge.voteBudget],
      );
      if (spent.length === 0) {
        throw new DomainError(
          ErrorCode.VOTE_BUDGET_EXCEEDED,
          `You have used your ${challenge.voteBudget} votes on this challenge. Take one back to vote again.`,
        );
      }
      await tx.query(`UPDATE ideas SET vote_count = vote_count + 1 WHERE id = $1`, [idea.id]);
      await recordContribution(tx, challenge.id, me.id);
      return tx.findOneByOrFail(IdeaEntity, { id: idea.id });
    });
    await this.ideas.announce(ActivityKind.VOTES_CHANGED, idea, me.id);
    return idea;
  }

  /** Idempotent: taking back a vote one did not give changes nothing. */
  async unvote(viewer: Viewer | null, ideaId: string): Promise<IdeaEntity> {
    const me = authorize(viewer, 'idea.vote');
    const idea = await this.db.transaction(async (tx) => {
      const { idea, challenge } = await this.ideas.lockIdea(tx, ideaId, me);
      assertOpen(challenge);
      await assertVotingOpen(tx, challenge.id);
      if (!(await takeBackVote(tx, challenge.id, idea.id, me.id))) return idea;
      return tx.findOneByOrFail(IdeaEntity, { id: idea.id });
    });
    await this.ideas.announce(ActivityKind.VOTES_CHANGED, idea, me.id);
    return idea;
  }
}
