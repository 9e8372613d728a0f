import { Injectable } from '@nestjs/common';
import type { Role } from '@ouimake/domain';
import { DataSource } from 'typeorm';
import type { ChannelAccess } from '../../core/live/live-fanout';
import type { Viewer } from '../../core/graphql/request-context';
import { activityVisible, curatesChallenge, type ChallengeGrant } from '../visibility';
import type { ActivityEvent } from './activity';

/**
 * Who receives each event of a challenge's live channel, through the visibility rules. Before
 * each event, one query re-reads every signed-in watcher's session, current role and whether they
 * hold the challenge's project.
 */
@Injectable()
export class ChallengeLiveAccess {
  constructor(private readonly db: DataSource) {}

  forChallenge(projectId: string): ChannelAccess<ActivityEvent, ChallengeGrant> {
    return {
      anonymous: { projectId, curates: false },
      refresh: (viewers) => this.refresh(projectId, viewers),
      delivers: (event, viewer, grant) => activityVisible(event, { viewer, curates: grant.curates }),
    };
  }

  private async refresh(
    projectId: string,
    viewers: readonly Viewer[],
  ): Promise<Map<string, { viewer: Viewer; grant: ChallengeGrant }>> {
    const rows: { session: string; user: string; role: Role; holds: boolean }[] = await this.db.query(
      `SELECT s.id AS session, s.user_id AS "user", u.role,
              EXISTS (SELECT 1 FROM project_holders h WHERE h.project_id = $2 AND h.user_id = s.user_id) AS holds
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [viewers.map((v) => v.sessionId), projectId],
    );
    return new Map(
      rows.map((r) => {
        const viewer: Viewer = { id: r.user, role: r.role, sessionId: r.session };
        return [r.session, { viewer, grant: { projectId, curates: curatesChallenge(viewer, r.holds) } }];
      }),
    );
  }
}
