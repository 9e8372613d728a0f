import { Injectable, Logger } from '@nestjs/common';
import { ChallengeStatus } from '@ouimake/domain';
import { EntityManager } from 'typeorm';
import { AppStateEntity } from '../../database/app-state.entity';
import { ChallengeThemeEntity } from '../challenges/challenge-theme.entity';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { ProjectHolderEntity } from '../projects/project-holder.entity';
import { ProjectEntity } from '../projects/project.entity';
import { UserEntity } from '../users/user.entity';
import { hashPassword } from '../../core/auth/passwords';
import { CommentEntity } from '../comments/comment.entity';
import { IdeaEntity } from '../ideas/idea.entity';
import { VoteEntity } from '../votes/vote.entity';
import { DEMO_CHALLENGES, DEMO_IDEAS, DEMO_PASSWORD, DEMO_PROJECTS, DEMO_USERS } from './demo-data';

/** Sets every counter, tally, participant and follow from the rows the demo inserted. */
async function recountContributions(tx: EntityManager): Promise<void> {
  await tx.query(`UPDATE ideas i SET
      vote_count = (SELECT count(*) FROM votes v WHERE v.idea_id = i.id),
      comment_count = (SELECT count(*) FROM comments c WHERE c.idea_id = i.id AND c.deleted_at IS NULL)`);
  await tx.query(`INSERT INTO vote_tallies (challenge_id, user_id, used)
      SELECT challenge_id, user_id, count(*) FROM votes GROUP BY challenge_id, user_id`);
  await tx.query(`INSERT INTO challenge_participants (challenge_id, user_id)
      SELECT challenge_id, author_id FROM ideas
      UNION SELECT challenge_id, user_id FROM votes
      UNION SELECT i.challenge_id, c.author_id FROM comments c JOIN ideas i ON i.id = c.idea_id
      ON CONFLICT DO NOTHING`);
  await tx.query(`INSERT INTO challenge_follows (challenge_id, user_id)
      SELECT challenge_id, user_id FROM challenge_participants
      UNION SELECT c.id, h.user_id FROM challenges c JOIN project_holders h ON h.project_id = c.project_id
      ON CONFLICT DO NOTHING`);
  await tx.query(`UPDATE challenges c SET
      idea_count = (SELECT count(*) FROM ideas i WHERE i.challenge_id = c.id),
      participant_count = (SELECT count(*) FROM challenge_participants p WHERE p.challenge_id = c.id)`);
}

function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data refers to an unknown key: ${key}`);
  return id;
}

const SEEDED_KEY = 'demo_seeded_at';
const DAY = 24 * 60 * 60 * 1000;

/**
 * Seeds the demo board once. The caller holds the migration lock, so two instances starting
 * together cannot both seed; the marker row makes restarts skip it.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  async seedOnce(
    manager: EntityManager,
    options: { withPasswords: boolean },
    now = new Date(),
  ): Promise<boolean> {
    const passwordHash = options.withPasswords ? await hashPassword(DEMO_PASSWORD) : null;
    return manager.transaction(async (tx) => {
      if (await tx.existsBy(AppStateEntity, { key: SEEDED_KEY })) return false;
      if (await tx.exists(ProjectEntity)) {
        // A database that already holds real projects is never filled with demo content.
        await tx.insert(AppStateEntity, { key: SEEDED_KEY, value: 'skipped: database not empty' });
        return false;
      }

      const users = new Map<string, string>();
      for (const u of DEMO_USERS) {
        const { identifiers } = await tx.insert(UserEntity, {
          email: u.email,
          displayName: u.displayName,
          city: u.city,
          bio: u.bio,
          passwordHash,
          role: u.role,
          // The demo people read their mail: their addresses count as verified.
          emailVerifiedAt: new Date(),
        });
        users.set(u.key, identifiers[0].id);
      }

      const projects = new Map<string, string>();
      for (const [i, p] of DEMO_PROJECTS.entries()) {
        const createdAt = new Date(now.getTime() - (60 - i) * DAY);
        const { identifiers } = await tx.insert(ProjectEntity, {
          slug: p.slug,
          name: p.name,
          summary: p.summary,
          description: p.description,
          city: p.city,
          website: p.website,
          createdAt,
          updatedAt: createdAt,
        });
        projects.set(p.key, identifiers[0].id);
        for (const holder of p.holders) {
          await tx.insert(ProjectHolderEntity, {
            projectId: identifiers[0].id,
            userId: idOf(users, holder),
            createdAt,
          });
        }
      }

      for (const c of DEMO_CHALLENGES) {
        const at = new Date(now.getTime() - c.publishedDaysAgo * DAY);
        const { identifiers } = await tx.insert(ChallengeEntity, {
          projectId: idOf(projects, c.project),
          authorId: idOf(users, c.author),
          title: c.title,
          description: c.description,
          city: c.city,
          status: c.status,
          voteBudget: c.voteBudget ?? null,
          blindVoting: c.blindVoting ?? false,
          closesAt: c.closesInDays === undefined ? null : new Date(now.getTime() + c.closesInDays * DAY),
          outcome: c.outcome ?? null,
          publishedAt: c.status === ChallengeStatus.DRAFT ? null : at,
          lastActivityAt: at,
          createdAt: at,
          updatedAt: at,
        });
        await tx.insert(
          ChallengeThemeEntity,
          c.themes.map((themeSlug) => ({ challengeId: identifiers[0].id, themeSlug })),
        );
      }

      const challengeIds = new Map<string, string>(
        (await tx.query(`SELECT id, title FROM challenges`)).map((r: { id: string; title: string }) => [
          r.title,
          r.id,
        ]),
      );
      for (const [i, idea] of DEMO_IDEAS.entries()) {
        const at = new Date(now.getTime() - (DEMO_IDEAS.length - i) * 3_600_000);
        const challengeId = idOf(challengeIds, idea.challenge);
        const { identifiers } = await tx.insert(IdeaEntity, {
          challengeId,
          authorId: idOf(users, idea.author),
          title: idea.title,
          body: idea.body,
          createdAt: at,
          updatedAt: at,
        });
        const ideaId = identifiers[0].id as string;
        for (const voter of idea.voters) {
          await tx.insert(VoteEntity, { ideaId, challengeId, userId: idOf(users, voter) });
        }
        for (const comment of idea.comments) {
          const { identifiers: c } = await tx.insert(CommentEntity, {
            ideaId,
            authorId: idOf(users, comment.author),
            body: comment.body,
          });
          for (const reply of comment.replies ?? []) {
            await tx.insert(CommentEntity, {
              ideaId,
              authorId: idOf(users, reply.author),
              body: reply.body,
              parentId: c[0].id,
            });
          }
        }
      }
      await recountContributions(tx);

      await tx.insert(AppStateEntity, { key: SEEDED_KEY, value: now.toISOString() });
      this.logger.log(
        `Seeded the demo board: ${DEMO_PROJECTS.length} projects, ${DEMO_CHALLENGES.length} challenges`,
      );
      return true;
    });
  }
}
