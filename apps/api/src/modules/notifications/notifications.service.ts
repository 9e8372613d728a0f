import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  ALWAYS_EMAILED,
  DEFAULT_CHANNEL,
  IdeaStatus,
  NotificationChannel,
  NotificationKind,
  NotificationTopic,
  TOPIC_OF,
} from '@ouimake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { requireViewer } from '../../core/auth/policy';
import { returning } from '../../core/database/sql';
import { DomainEvents } from '../../core/events/domain-events';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import type { ChallengeClosed } from '../challenges/challenges.events';
import type { IdeaMerged, IdeaStatusChanged } from '../curation/curation.events';
import type {
  EventCancelled,
  EventChanged,
  EventPublished,
  RegistrationConfirmed,
  RegistrationPromoted,
} from '../events/events.events';
import type { CommentAdded, IdeaProposed } from '../ideas/ideas.events';
import type { AccountDeleting } from '../accounts/accounts.events';
import { MailQueue } from '../mail/mail-queue';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity } from './notification.entity';

/** What one notification is about, besides its kind and recipients. */
interface About {
  actorId?: string | null;
  challengeId?: string | null;
  ideaId?: string | null;
  commentId?: string | null;
  eventId?: string | null;
  targetIdeaId?: string | null;
  /** Unread notifications of the same group (per recipient) become one, counted. */
  groupKey?: string | null;
}

/** A freshly written notification and whether to email it now. */
interface Written {
  id: string;
  user_id: string;
  channel: NotificationChannel;
  kind: NotificationKind;
}

/** Seconds an email of a grouped notification waits, so that a burst makes one email. */
const GROUP_EMAIL_DELAY = 120;

/**
 * In-app notifications, written in the transaction of the act that caused them (the act's domain
 * event), by rules of who is concerned: nobody is told of their own act, muted challenges are
 * silent, and each person's choice per topic decides the channel (on the board, by email at once,
 * in the daily digest, or never). Emails are queued in the same transaction (the outbox).
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
    private readonly events: DomainEvents,
    private readonly mail: MailQueue,
  ) {}

  onModuleInit(): void {
    // A person deleting their account: nothing of theirs stays to notify or to follow.
    this.events.on<AccountDeleting>('account.deleting', async (tx, e) => {
      await tx.query(`DELETE FROM notifications WHERE user_id = $1`, [e.userId]);
      await tx.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [e.userId]);
      await tx.query(`DELETE FROM challenge_follows WHERE user_id = $1`, [e.userId]);
    });
    this.events.on<IdeaProposed>('idea.proposed', (tx, e) =>
      this.toFollowers(tx, NotificationKind.IDEA_PROPOSED, e.challengeId, {
        actorId: e.authorId,
        challengeId: e.challengeId,
        ideaId: e.ideaId,
        groupKey: `ideas:${e.challengeId}`,
      }),
    );
    this.events.on<ChallengeClosed>('challenge.closed', (tx, e) =>
      this.toFollowers(tx, NotificationKind.CHALLENGE_CLOSED, e.challengeId, {
        actorId: e.actorId,
        challengeId: e.challengeId,
      }),
    );
    this.events.on<CommentAdded>('comment.added', (tx, e) => this.onComment(tx, e));
    this.events.on<IdeaStatusChanged>('idea.statusChanged', async (tx, e) => {
      const kind =
        e.to === IdeaStatus.SHORTLISTED
          ? NotificationKind.IDEA_SHORTLISTED
          : e.to === IdeaStatus.SELECTED
            ? NotificationKind.IDEA_SELECTED
            : null;
      if (!kind) return;
      await this.toAuthorAndVoters(tx, kind, e.ideaId, e.authorId, {
        actorId: e.actorId,
        challengeId: e.challengeId,
        ideaId: e.ideaId,
      });
    });
    this.events.on<IdeaMerged>('idea.merged', (tx, e) =>
      this.toAuthorAndVoters(tx, NotificationKind.IDEA_MERGED, e.targetId, e.authorId, {
        actorId: e.actorId,
        challengeId: e.challengeId,
        ideaId: e.sourceId,
        targetIdeaId: e.targetId,
      }),
    );
    this.events.on<EventPublished>('event.published', async (tx, e) => {
      if (!e.challengeIds.length) return;
      const followers: { user_id: string; challenge_id: string }[] = await tx.query(
        `SELECT DISTINCT ON (user_id) user_id, challenge_id FROM challenge_follows
          WHERE challenge_id = ANY($1::uuid[]) AND NOT muted AND user_id <> $2 ORDER BY user_id, challenge_id`,
        [e.challengeIds, e.actorId],
      );
      for (const f of followers) {
        await this.write(tx, NotificationKind.EVENT_PUBLISHED, [f.user_id], {
          actorId: e.actorId,
          eventId: e.eventId,
          challengeId: f.challenge_id,
        });
      }
    });
    this.events.on<EventCancelled>('event.cancelled', (tx, e) =>
      this.write(
        tx,
        NotificationKind.EVENT_CANCELLED,
        e.userIds.filter((u) => u !== e.actorId),
        {
          actorId: e.actorId,
          eventId: e.eventId,
        },
      ),
    );
    this.events.on<EventChanged>('event.changed', async (tx, e) => {
      const registrants: { user_id: string }[] = await tx.query(
        `SELECT user_id FROM registrations WHERE event_id = $1 AND status <> 'CANCELLED' AND user_id <> $2`,
        [e.eventId, e.actorId],
      );
      await this.write(
        tx,
        NotificationKind.EVENT_CHANGED,
        registrants.map((r) => r.user_id),
        { actorId: e.actorId, eventId: e.eventId },
      );
    });
    this.events.on<RegistrationPromoted>('registration.promoted', (tx, e) =>
      this.write(tx, NotificationKind.REGISTRATION_PROMOTED, [e.userId], { eventId: e.eventId }),
    );
    // Registering is the person's own act: no notification, but the email that confirms it.
    this.events.on<RegistrationConfirmed>('registration.confirmed', (tx, e) => this.registrationEmail(tx, e));
    this.events.on<RegistrationConfirmed>('registration.waitlisted', (tx, e) =>
      this.registrationEmail(tx, e),
    );
  }

  /** The viewer's notifications, newest first, with their unread count. Hidden content is left out. */
  async page<N>(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
    toNode: (e: NotificationEntity) => N,
  ): Promise<Page<N> & { unreadCount: number }> {
    const me = requireViewer(viewer);
    const qb = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :me', { me: me.id })
      .andWhere(`n.channel <> 'NEVER'`)
      .andWhere(VISIBLE);
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    const page = await keysetPage(
      qb,
      this.cursors,
      {
        order: args.unreadOnly ? 'NOTIFICATIONS_UNREAD' : 'NOTIFICATIONS',
        keys: [
          { sql: 'n.updated_at', direction: 'DESC', type: 'timestamptz', alias: 'k_updated' },
          { sql: 'n.id', direction: 'DESC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
    return { ...page, unreadCount: await this.unreadCount(me.id) };
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM notifications n WHERE n.user_id = $1 AND n.read_at IS NULL
          AND n.channel <> 'NEVER' AND ${VISIBLE}`,
      [userId],
    );
    return n;
  }

  /** Marks the given notifications (the viewer's own only) or all of them read; returns how many changed. */
  async markRead(viewer: Viewer | null, ids: string[] | null | undefined): Promise<number> {
    const me = requireViewer(viewer);
    if (ids && ids.some((id) => !isUuid(id))) throw DomainError.badInput('ids', 'Give notification ids.');
    if (ids && ids.length > 500) throw DomainError.badInput('ids', 'At most 500 at once.');
    const rows = await this.db.transaction((tx) =>
      returning(
        tx,
        `UPDATE notifications SET read_at = now()
          WHERE user_id = $1 AND read_at IS NULL ${ids ? 'AND id = ANY($2::uuid[])' : ''} RETURNING id`,
        ids ? [me.id, ids] : [me.id],
      ),
    );
    return rows.length;
  }

  /** The viewer's channel for every topic (their choice, or the default). */
  async preferences(
    viewer: Viewer | null,
  ): Promise<{ topic: NotificationTopic; channel: NotificationChannel }[]> {
    const me = requireViewer(viewer);
    const rows = await this.db.getRepository(NotificationPreferenceEntity).findBy({ userId: me.id });
    return Object.values(NotificationTopic).map((topic) => ({
      topic,
      channel: rows.find((r) => r.topic === topic)?.channel ?? DEFAULT_CHANNEL[topic],
    }));
  }

  async setPreference(userId: string, topic: NotificationTopic, channel: NotificationChannel): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, topic, channel) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, topic) DO UPDATE SET channel = EXCLUDED.channel`,
      [userId, topic, channel],
    );
  }

  /** Silences (or not) a followed challenge: still followed, told nothing. */
  async mute(viewer: Viewer | null, challengeId: string, muted: boolean): Promise<boolean> {
    const me = requireViewer(viewer);
    if (!isUuid(challengeId)) throw DomainError.notFound('This challenge');
    const rows = await this.db.transaction((tx) =>
      returning(
        tx,
        `UPDATE challenge_follows SET muted = $3 WHERE challenge_id = $1 AND user_id = $2 RETURNING muted`,
        [challengeId, me.id, muted],
      ),
    );
    if (!rows.length) throw DomainError.badInput('challengeId', 'Follow the challenge first.');
    return muted;
  }

  private async toFollowers(
    tx: EntityManager,
    kind: NotificationKind,
    challengeId: string,
    about: About,
  ): Promise<void> {
    const followers: { user_id: string }[] = await tx.query(
      `SELECT user_id FROM challenge_follows WHERE challenge_id = $1 AND NOT muted AND user_id <> $2`,
      [challengeId, about.actorId ?? '00000000-0000-0000-0000-000000000000'],
    );
    await this.write(
      tx,
      kind,
      followers.map((f) => f.user_id),
      about,
    );
  }

  private async onComment(tx: EntityManager, e: CommentAdded): Promise<void> {
    // The idea's author, and everyone who wrote in its thread; for a hidden idea, its author only.
    const rows: { user_id: string }[] = await tx.query(
      `SELECT author_id AS user_id FROM ideas WHERE id = $1
       UNION SELECT author_id FROM comments WHERE idea_id = $1 AND deleted_at IS NULL AND NOT hidden AND NOT $3::boolean
       EXCEPT SELECT $2::uuid`,
      [e.ideaId, e.authorId, e.ideaHidden],
    );
    // Who muted the challenge is not told either.
    const muted: { user_id: string }[] = await tx.query(
      `SELECT user_id FROM challenge_follows WHERE challenge_id = $1 AND muted`,
      [e.challengeId],
    );
    const silent = new Set(muted.map((m) => m.user_id));
    await this.write(
      tx,
      NotificationKind.COMMENT_ADDED,
      rows.map((r) => r.user_id).filter((u) => !silent.has(u)),
      {
        actorId: e.authorId,
        challengeId: e.challengeId,
        ideaId: e.ideaId,
        commentId: e.commentId,
        groupKey: `comments:${e.ideaId}`,
      },
    );
  }

  /** An idea's author, and the people who voted for it (or for its target, after a merge). */
  private async toAuthorAndVoters(
    tx: EntityManager,
    kind: NotificationKind,
    votedIdeaId: string,
    authorId: string,
    about: About,
  ): Promise<void> {
    const voters: { user_id: string }[] = await tx.query(`SELECT user_id FROM votes WHERE idea_id = $1`, [
      votedIdeaId,
    ]);
    const people = [...new Set([authorId, ...voters.map((v) => v.user_id)])].filter(
      (u) => u !== about.actorId,
    );
    await this.write(tx, kind, people, about);
  }

  /**
   * Writes one notification per recipient with the channel of their choice for the kind's topic
   * (grouping unread ones of a group), and queues the emails due at once.
   */
  private async write(
    tx: EntityManager,
    kind: NotificationKind,
    userIds: string[],
    about: About,
  ): Promise<void> {
    if (!userIds.length) return;
    const topic = TOPIC_OF[kind];
    const always = ALWAYS_EMAILED.has(kind);
    const written = await returning<Written>(
      tx,
      `INSERT INTO notifications (user_id, kind, channel, actor_id, challenge_id, idea_id, comment_id, event_id, target_idea_id, group_key)
       SELECT u.id, $2, CASE WHEN $11 AND COALESCE(p.channel, $4) IN ('IN_APP', 'DIGEST', 'NEVER') THEN 'EMAIL' ELSE COALESCE(p.channel, $4) END::notification_channel,
              $5, $6, $7, $8, $9, $10, $12
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.topic = $3
        WHERE u.id = ANY($1::uuid[]) AND u.deleted_at IS NULL AND ($11 OR COALESCE(p.channel, $4) <> 'NEVER')
       ON CONFLICT (user_id, group_key) WHERE read_at IS NULL AND group_key IS NOT NULL
       DO UPDATE SET count = notifications.count + 1, actor_id = EXCLUDED.actor_id, idea_id = EXCLUDED.idea_id,
                     comment_id = EXCLUDED.comment_id, updated_at = now()
       RETURNING id, user_id, channel, kind`,
      [
        userIds,
        kind,
        topic,
        DEFAULT_CHANNEL[topic],
        about.actorId ?? null,
        about.challengeId ?? null,
        about.ideaId ?? null,
        about.commentId ?? null,
        about.eventId ?? null,
        about.targetIdeaId ?? null,
        always,
        about.groupKey ?? null,
      ],
    );
    const emailed = written.filter((w) => w.channel === NotificationChannel.EMAIL);
    if (!emailed.length) return;
    // One pending email per notification: a grouped one waits a little and says how many.
    await tx.query(
      `INSERT INTO mail_outbox (user_id, to_address, template, payload, due_at)
       SELECT u.id, u.email, 'notification', jsonb_build_object('notificationId', n.id),
              now() + make_interval(secs => $2)
         FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.id = ANY($1::uuid[]) AND u.email_verified_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.sent_at IS NULL AND m.template = 'notification'
                           AND m.payload->>'notificationId' = n.id::text)`,
      [emailed.map((w) => w.id), about.groupKey ? GROUP_EMAIL_DELAY : 0],
    );
  }

  private async registrationEmail(tx: EntityManager, e: RegistrationConfirmed): Promise<void> {
    const [user] = await tx.query(`SELECT email, email_verified_at FROM users WHERE id = $1`, [e.userId]);
    if (!user?.email_verified_at) return;
    await this.mail.enqueue(tx, {
      userId: e.userId,
      to: user.email,
      template: 'registration',
      payload: { registrationId: e.registrationId },
    });
  }
}

/** Notifications about content the recipient may no longer see (hidden since) are left out. */
const VISIBLE = `NOT EXISTS (SELECT 1 FROM ideas hi WHERE hi.id = n.idea_id AND hi.hidden AND hi.author_id <> n.user_id)
  AND NOT EXISTS (SELECT 1 FROM comments hc WHERE hc.id = n.comment_id AND hc.hidden AND hc.author_id <> n.user_id)`;
