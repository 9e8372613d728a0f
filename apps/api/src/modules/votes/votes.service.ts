import { Injectable } from '@nestjs/common';
import { ActivityKind, BrainstormPhase, ChallengeStatus, ErrorCode, IdeaStatus } from '@ouimake/domain';
import { DataSource, QueryFailedError } from 'typeorm';
import { authorize, type Actor } from '../../core/auth/policy';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import { IdeaEntity } from '../ideas/idea.entity';
import { assertOpen } from '../ideas/idea-rules';
import { IdeasService } from '../ideas/ideas.service';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { BlindCounts, curatesChallenge, HiddenContent } from '../visibility';
import { BUDGET_SPENT, UNVOTE_SQL, VOTE_SQL, type VoteOutcomeRow } from './vote-statements';

/**
 * A vote's answer: the idea as the statement left it, and what the statement knows of the person
 * (whether they vote for it now, their votes spent there, whether they hold its project), so that
 * the fields the board asks back are not read again.
 */
export interface VoteResult {
  idea: IdeaEntity;
  /** Null when the statement could not say (the idea was not open to the vote). */
  voted: boolean | null;
  used: number;
  holds: boolean;
  projectId: string;
}

/** PostgreSQL's code for a deadlock, which a vote statement resolves by running once more. */
const DEADLOCK = '40P01';
const ATTEMPTS = 3;

/**
 * Votes. Each vote and unvote is one statement (vote-statements.ts says how it stays exact): the
 * vote row's primary key makes a second vote impossible, the budget is spent by one conditional
 * upsert of the person's tally row, and the idea's counter moves in the same statement, so it
 * always equals its vote rows. The live event goes out once the statement is committed.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
  ) {}

  /** Idempotent: voting again for the same idea changes nothing. */
  async vote(viewer: Viewer | null, ideaId: string): Promise<VoteResult> {
    const me = authorize(viewer, 'idea.vote');
    let row: VoteOutcomeRow;
    try {
      row = await this.run(VOTE_SQL, ideaId, me);
    } catch (e) {
      if (sqlState(e) === BUDGET_SPENT) throw await this.budgetSpent(ideaId);
      throw e;
    }
    const idea = this.checked(row, me);
    if (!row.v_allowed) return this.result(idea, row, null);
    if (idea.status === IdeaStatus.MERGED) {
      throw new DomainError(ErrorCode.CONFLICT, 'This idea was merged into another: vote for that one.');
    }
    if (row.v_vote_count !== null) idea.voteCount = row.v_vote_count;
    // A new vote, or one already there: the watchers hear about it either way (as before).
    await this.announce(idea, row, me.id);
    return this.result(idea, row, true);
  }

  /** Idempotent: taking back a vote one did not give changes nothing. */
  async unvote(viewer: Viewer | null, ideaId: string): Promise<VoteResult> {
    const me = authorize(viewer, 'idea.vote');
    const row = await this.run(UNVOTE_SQL, ideaId, me);
    const idea = this.checked(row, me);
    if (row.v_vote_count !== null) idea.voteCount = row.v_vote_count;
    await this.announce(idea, row, me.id);
    return this.result(idea, row, false);
  }

  private result(idea: IdeaEntity, row: VoteOutcomeRow, voted: boolean | null): VoteResult {
    return { idea, voted, used: Number(row.v_used), holds: row.c_holds, projectId: row.c_project_id };
  }

  /** The statement's one row (none: there is no such idea); the two races run it again. */
  private async run(sql: string, ideaId: string, me: Viewer): Promise<VoteOutcomeRow> {
    if (!isUuid(ideaId)) throw DomainError.notFound('This idea');
    const actor: Actor = me;
    const params = [ideaId, me.id, curatesChallenge(actor, false), curatesChallenge(actor, true)];
    for (let attempt = 1; ; attempt++) {
      try {
        const rows: VoteOutcomeRow[] = await this.db.query(sql, params);
        if (!rows[0]) throw DomainError.notFound('This idea');
        return rows[0];
      } catch (e) {
        if (attempt >= ATTEMPTS || sqlState(e) !== DEADLOCK) throw e;
      }
    }
  }

  /** The statement rolled back: every vote the challenge gives this person is already on an idea. */
  private async budgetSpent(ideaId: string): Promise<DomainError> {
    const [challenge]: { vote_budget: number }[] = await this.db.query(
      'SELECT c.vote_budget FROM challenges c JOIN ideas i ON i.challenge_id = c.id WHERE i.id = $1',
      [ideaId],
    );
    return new DomainError(
      ErrorCode.VOTE_BUDGET_EXCEEDED,
      `You have used your ${challenge?.vote_budget ?? 0} votes on this challenge. Take one back to vote again.`,
    );
  }

  /**
   * The rules a vote checks before anything else, in the order the other writes of a challenge
   * check them: the idea exists and the person may see it, the challenge is open, and no ideation
   * round is running. The statement changed nothing when one of them fails.
   */
  private checked(row: VoteOutcomeRow, me: Viewer): IdeaEntity {
    if (row.c_status === ChallengeStatus.DRAFT && !row.c_holds) throw DomainError.notFound('This challenge');
    const idea = this.db.getRepository(IdeaEntity).create();
    for (const column of this.db.getMetadata(IdeaEntity).columns) {
      column.setEntityValue(idea, row[column.databaseName]);
    }
    const who = { viewer: me, curates: curatesChallenge(me, row.c_holds) };
    if (!HiddenContent.visible(idea, who)) throw DomainError.notFound('This idea');
    assertOpen({ status: row.c_status } as ChallengeEntity);
    if (row.c_phase === BrainstormPhase.IDEATION) {
      throw new DomainError(
        ErrorCode.VOTING_NOT_OPEN,
        'This is the ideation round: voting opens with the voting round.',
      );
    }
    return idea;
  }

  /** A vote change names its idea: while counts are blind, the live stream keeps it from participants. */
  private announce(idea: IdeaEntity, row: VoteOutcomeRow, actorId: string): Promise<void> {
    const challenge = { status: row.c_status, blindVoting: row.c_blind_voting };
    return this.ideas.announce(ActivityKind.VOTES_CHANGED, idea, actorId, {
      blind: BlindCounts.hidden(challenge, { curates: false }),
    });
  }
}

function sqlState(e: unknown): string | undefined {
  return e instanceof QueryFailedError ? (e.driverError as { code?: string }).code : undefined;
}
