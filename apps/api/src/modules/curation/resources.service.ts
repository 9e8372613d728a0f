import { Injectable } from '@nestjs/common';
import { ChallengeStatus, ErrorCode, LIMITS } from '@ouimake/domain';
import { DataSource } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import { requiredText } from '../../core/validation/text';
import { AuditService } from '../audit/audit.service';
import { ChallengesService } from '../challenges/challenges.service';
import { ActivityPublisher } from '../live/activity.publisher';
import { ActivityKind } from '@ouimake/domain';
import { ResourceEntity } from './resource.entity';

/** An http(s) address, whole; anything else (javascript:, data:, mailto:, relative) is refused. */
export function checkResourceUrl(value: string): string {
  const text = requiredText(value, 'url', 8, LIMITS.resource.urlMax);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw DomainError.badInput('url', 'Enter a full address starting with http:// or https://.');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw DomainError.badInput('url', 'Only http:// and https:// links can be added.');
  }
  if (url.username || url.password)
    throw DomainError.badInput('url', 'Links may not carry a user name or password.');
  return url.toString();
}

/** Links worth reading before contributing to a challenge, kept by its curators. */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly db: DataSource,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    private readonly activity: ActivityPublisher,
  ) {}

  async add(viewer: Viewer | null, challengeId: string, title: string, url: string): Promise<ResourceEntity> {
    const me = requireViewer(viewer);
    const cleanTitle = requiredText(title, 'title', LIMITS.resource.titleMin, LIMITS.resource.titleMax);
    const cleanUrl = checkResourceUrl(url);
    const resource = await this.db.transaction(async (tx) => {
      const { challenge, holderIds } = await this.challenges.lockVisible(tx, challengeId, me);
      authorize(me, 'resource.manage', { holderIds });
      if (challenge.status === ChallengeStatus.DRAFT && !holderIds.includes(me.id)) {
        throw DomainError.notFound('This challenge');
      }
      const count: { n: number }[] = await tx.query(
        `SELECT count(*)::int AS n FROM challenge_resources WHERE challenge_id = $1`,
        [challenge.id],
      );
      if (count[0].n >= 50)
        throw new DomainError(ErrorCode.CONFLICT, 'A challenge keeps at most 50 resources.');
      const { identifiers } = await tx.insert(ResourceEntity, {
        challengeId: challenge.id,
        title: cleanTitle,
        url: cleanUrl,
        addedById: me.id,
      });
      const id = identifiers[0].id as string;
      await this.audit.record(tx, me, 'resource.add', 'Challenge', challenge.id, cleanUrl);
      return tx.findOneByOrFail(ResourceEntity, { id });
    });
    await this.activity.publish({
      kind: ActivityKind.CHALLENGE_UPDATED,
      challengeId: resource.challengeId,
      actorId: me.id,
    });
    return resource;
  }

  async remove(viewer: Viewer | null, id: string): Promise<string> {
    const me = requireViewer(viewer);
    const found = isUuid(id) ? await this.db.getRepository(ResourceEntity).findOneBy({ id }) : null;
    if (!found) throw DomainError.notFound('This resource');
    await this.db.transaction(async (tx) => {
      const { holderIds } = await this.challenges.lockVisible(tx, found.challengeId, me);
      authorize(me, 'resource.manage', { holderIds });
      await tx.delete(ResourceEntity, { id: found.id });
      await this.audit.record(tx, me, 'resource.remove', 'Challenge', found.challengeId, found.url);
    });
    await this.activity.publish({
      kind: ActivityKind.CHALLENGE_UPDATED,
      challengeId: found.challengeId,
      actorId: me.id,
    });
    return found.id;
  }

  /** Each challenge's resources, oldest first (for a DataLoader). */
  async ofChallenges(challengeIds: readonly string[]): Promise<ResourceEntity[][]> {
    const rows = await this.db
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .where('r.challenge_id IN (:...challengeIds)', { challengeIds })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    return challengeIds.map((id) => rows.filter((r) => r.challengeId === id));
  }
}
