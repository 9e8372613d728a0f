import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { authorize } from '../../core/auth/policy';
import type { Viewer } from '../../core/graphql/request-context';
import { AppConfig } from '../../config/config';
import { UserEntity } from '../users/user.entity';

/**
 * `GET /account/export.json`: everything the board holds about the signed-in person (their profile
 * and email, ideas, comments, votes, follows, registrations, notifications and their settings,
 * reports, projects held, sessions, their acts in the audit log), in one JSON document. Other
 * people appear by nothing more than what the person saw of them; no one else's email.
 */
@Injectable()
export class AccountExportService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async export(viewer: Viewer | null): Promise<string> {
    const me = authorize(viewer, 'account.export');
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: me.id });
    const q = (sql: string) => this.db.query(sql, [me.id]);
    const [
      ideas,
      comments,
      votes,
      follows,
      registrations,
      notifications,
      preferences,
      reports,
      projects,
      sessions,
      acts,
    ] = await Promise.all([
      q(`SELECT i.id, i.challenge_id AS "challengeId", c.title AS "challengeTitle", i.title, i.body, i.status,
                  i.merged_into_id AS "mergedIntoId", i.hidden, i.hidden_reason AS "hiddenReason",
                  i.created_at AS "createdAt", i.updated_at AS "updatedAt"
             FROM ideas i JOIN challenges c ON c.id = i.challenge_id WHERE i.author_id = $1 ORDER BY i.created_at`),
      q(`SELECT co.id, co.idea_id AS "ideaId", i.title AS "ideaTitle", co.parent_id AS "parentId", co.body,
                  co.hidden, co.hidden_reason AS "hiddenReason", co.created_at AS "createdAt",
                  co.edited_at AS "editedAt", co.deleted_at AS "deletedAt"
             FROM comments co JOIN ideas i ON i.id = co.idea_id WHERE co.author_id = $1 ORDER BY co.created_at`),
      q(`SELECT v.idea_id AS "ideaId", i.title AS "ideaTitle", v.challenge_id AS "challengeId",
                  v.created_at AS "createdAt"
             FROM votes v JOIN ideas i ON i.id = v.idea_id WHERE v.user_id = $1 ORDER BY v.created_at`),
      q(`SELECT f.challenge_id AS "challengeId", c.title AS "challengeTitle", f.muted, f.created_at AS "createdAt"
             FROM challenge_follows f JOIN challenges c ON c.id = f.challenge_id WHERE f.user_id = $1 ORDER BY f.created_at`),
      q(`SELECT r.id, r.event_id AS "eventId", e.title AS "eventTitle", v.name AS "venue", v.city, r.status,
                  r.checked_in_at AS "checkedInAt", r.created_at AS "createdAt"
             FROM registrations r JOIN events e ON e.id = r.event_id JOIN venues v ON v.id = r.venue_id
            WHERE r.user_id = $1 ORDER BY r.created_at`),
      q(`SELECT id, kind, channel, challenge_id AS "challengeId", idea_id AS "ideaId", comment_id AS "commentId",
                  event_id AS "eventId", count, read_at AS "readAt", emailed_at AS "emailedAt", created_at AS "createdAt"
             FROM notifications WHERE user_id = $1 ORDER BY created_at`),
      q(`SELECT topic, channel FROM notification_preferences WHERE user_id = $1 ORDER BY topic`),
      q(`SELECT id, idea_id AS "ideaId", comment_id AS "commentId", reason, status, created_at AS "createdAt"
             FROM reports WHERE reporter_id = $1 ORDER BY created_at`),
      q(
        `SELECT p.id, p.name FROM project_holders h JOIN projects p ON p.id = h.project_id WHERE h.user_id = $1 ORDER BY p.name`,
      ),
      q(`SELECT id, created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"
             FROM sessions WHERE user_id = $1 ORDER BY created_at`),
      q(`SELECT action, target_type AS "targetType", target_id AS "targetId", detail, at
             FROM audit_entries WHERE actor_id = $1 ORDER BY at`),
    ]);
    return JSON.stringify(
      {
        source: this.config.publicUrl,
        exportedAt: new Date().toISOString(),
        profile: {
          id: user.id,
          displayName: user.displayName,
          email: user.email,
          emailVerifiedAt: user.emailVerifiedAt,
          bio: user.bio,
          city: user.city,
          role: user.role,
          language: user.locale,
          timezone: user.timezone,
          showActivity: user.showActivity,
          createdAt: user.createdAt,
        },
        ideas,
        comments,
        votes,
        follows,
        registrations,
        notifications,
        notificationPreferences: preferences,
        reports,
        projectsHeld: projects,
        sessions,
        auditLog: acts,
      },
      null,
      2,
    );
  }
}
