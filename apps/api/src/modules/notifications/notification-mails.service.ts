import { createSecretKey } from 'node:crypto';
import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { NotificationChannel, NotificationKind, NotificationTopic, TOPIC_OF } from '@ouimake/domain';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../../config/config';
import { returning } from '../../core/database/sql';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { CommentEntity } from '../comments/comment.entity';
import { CalendarService } from '../events/calendar.service';
import { EventEntity } from '../events/event.entity';
import { RegistrationEntity } from '../events/registration.entity';
import { VenueEntity } from '../events/venue.entity';
import { IdeaEntity } from '../ideas/idea.entity';
import { renderMail, type MailContent } from '../mail/mail-layout';
import type { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { MailQueue } from '../mail/mail-queue';
import { MailSender } from '../mail/mail-sender.service';
import type { OutgoingMail } from '../mail/mailer.service';
import { UserEntity } from '../users/user.entity';
import { NotificationEntity } from './notification.entity';

type Lang = 'fr' | 'en';
const lang = (user: UserEntity): Lang => (user.locale === 'en' ? 'en' : 'fr');
const quote = (l: Lang, text: string) => (l === 'fr' ? `«\u202f${text}\u202f»` : `“${text}”`);

/** The words of each kind, in French and English: a subject and what happened. */
function describe(
  l: Lang,
  n: NotificationEntity,
  names: { actor: string; challenge: string; idea: string; target: string; event: string },
): { subject: string; line: string } {
  const fr = l === 'fr';
  const c = quote(l, names.challenge);
  const i = quote(l, names.idea);
  switch (n.kind) {
    case NotificationKind.IDEA_PROPOSED:
      return n.count > 1
        ? {
            subject: fr ? `${n.count} nouvelles idées sur ${c}` : `${n.count} new ideas on ${c}`,
            line: fr
              ? `${n.count} nouvelles idées ont été proposées sur ${c}, la dernière par ${names.actor}.`
              : `${n.count} new ideas were proposed on ${c}, the latest by ${names.actor}.`,
          }
        : {
            subject: fr ? `Nouvelle idée sur ${c}` : `A new idea on ${c}`,
            line: fr ? `${names.actor} a proposé ${i} sur ${c}.` : `${names.actor} proposed ${i} on ${c}.`,
          };
    case NotificationKind.COMMENT_ADDED:
      return n.count > 1
        ? {
            subject: fr ? `${n.count} nouveaux commentaires sur ${i}` : `${n.count} new comments on ${i}`,
            line: fr
              ? `${n.count} commentaires ont été écrits sur ${i}, le dernier par ${names.actor}.`
              : `${n.count} comments were written on ${i}, the latest by ${names.actor}.`,
          }
        : {
            subject: fr ? `${names.actor} a commenté ${i}` : `${names.actor} commented on ${i}`,
            line: fr ? `${names.actor} a répondu sur ${i}.` : `${names.actor} replied on ${i}.`,
          };
    case NotificationKind.IDEA_SHORTLISTED:
      return {
        subject: fr ? `${i} est retenue pour la suite` : `${i} is shortlisted`,
        line: fr
          ? `Les animateurs de ${c} ont retenu ${i} pour la suite du travail.`
          : `The facilitators of ${c} shortlisted ${i} for further work.`,
      };
    case NotificationKind.IDEA_SELECTED:
      return {
        subject: fr ? `${i} est sélectionnée` : `${i} is selected`,
        line: fr ? `${i} fait partie de ce qui est retenu pour ${c}.` : `${i} is part of what ${c} retained.`,
      };
    case NotificationKind.IDEA_MERGED:
      return {
        subject: fr ? `${i} a été regroupée avec une idée proche` : `${i} was merged with a similar idea`,
        line: fr
          ? `${i} a été regroupée avec ${quote(l, names.target)} : ses votes y ont été reportés, ses commentaires restent lisibles.`
          : `${i} was merged into ${quote(l, names.target)}: its votes moved there, its comments stay readable.`,
      };
    case NotificationKind.CHALLENGE_CLOSED:
      return {
        subject: fr ? `${c} est clos` : `${c} is closed`,
        line: fr
          ? `Le défi ${c} que vous suivez est clos. Voici ce qui en ressort.`
          : `The challenge ${c} you follow is closed. Here is what came of it.`,
      };
    case NotificationKind.EVENT_PUBLISHED:
      return {
        subject: fr
          ? `Un atelier pour ${c} : ${quote(l, names.event)}`
          : `An event for ${c}: ${quote(l, names.event)}`,
        line: fr
          ? `${quote(l, names.event)} travaillera sur ${c}, que vous suivez.`
          : `${quote(l, names.event)} will work on ${c}, which you follow.`,
      };
    case NotificationKind.REGISTRATION_PROMOTED:
      return {
        subject: fr
          ? `Une place s’est libérée : ${quote(l, names.event)}`
          : `A place freed up: ${quote(l, names.event)}`,
        line: fr
          ? `Bonne nouvelle : vous aviez rejoint la liste d’attente de ${quote(l, names.event)}, et vous avez maintenant une place.`
          : `Good news: you were on the waiting list of ${quote(l, names.event)}, and you now have a place.`,
      };
    case NotificationKind.EVENT_CANCELLED:
      return {
        subject: fr ? `Annulé : ${quote(l, names.event)}` : `Cancelled: ${quote(l, names.event)}`,
        line: fr
          ? `${quote(l, names.event)}, pour lequel vous étiez inscrit·e, est annulé.`
          : `${quote(l, names.event)}, which you registered for, is cancelled.`,
      };
    case NotificationKind.EVENT_CHANGED:
      return {
        subject: fr
          ? `Changement d’horaire : ${quote(l, names.event)}`
          : `New time: ${quote(l, names.event)}`,
        line: fr
          ? `L’horaire de ${quote(l, names.event)}, pour lequel vous êtes inscrit·e, a changé.`
          : `The time of ${quote(l, names.event)}, which you registered for, changed.`,
      };
    default: {
      const unknown: never = n.kind;
      return { subject: String(unknown), line: String(unknown) };
    }
  }
}

function when(l: Lang, event: EventEntity): string {
  const format = new Intl.DateTimeFormat(l === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: event.timezone,
    dateStyle: 'full',
    timeStyle: 'short',
  });
  const until = new Intl.DateTimeFormat(l === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: event.timezone,
    timeStyle: 'short',
  });
  return `${format.format(event.startsAt)} – ${until.format(event.endsAt)} (${event.timezone})`;
}

const TOPIC_WORDS: Record<NotificationTopic, { fr: string; en: string }> = {
  [NotificationTopic.REPLIES]: { fr: 'les réponses à vos idées', en: 'replies to your ideas' },
  [NotificationTopic.IDEA_STATUS]: { fr: 'le devenir de vos idées', en: 'what becomes of your ideas' },
  [NotificationTopic.PLACES]: { fr: 'vos places aux ateliers', en: 'your places at events' },
  [NotificationTopic.NEW_IDEAS]: { fr: 'les nouvelles idées', en: 'new ideas' },
  [NotificationTopic.CLOSINGS]: { fr: 'la clôture des défis suivis', en: 'challenges you follow closing' },
  [NotificationTopic.EVENTS]: { fr: 'les ateliers des défis suivis', en: 'events for challenges you follow' },
};

/**
 * The emails of notifications: one at once (its kind's words, a link to its place, a signed
 * unsubscribe link for its topic), the daily digest in each person's morning, the registration
 * confirmations and the day-before reminders with their calendar file. Hidden content is checked
 * again when the email is written: what was hidden meanwhile is not sent.
 */
@Injectable()
export class NotificationMails implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly jwt: JwtService;
  private timer?: NodeJS.Timeout;
  private readonly pollMs: number;

  constructor(
    private readonly db: DataSource,
    config: AppConfig,
    private readonly sender: MailSender,
    private readonly queue: MailQueue,
    private readonly calendar: CalendarService,
  ) {
    // A key object, as in AuthService: jsonwebtoken reads a string secret slowly on every verify.
    this.jwt = new JwtService({
      secret: createSecretKey(Buffer.from(config.jwtSecret ?? 'unset')),
      signOptions: { algorithm: 'HS256' },
    });
    this.pollMs = config.mailPollMs;
  }

  onModuleInit(): void {
    this.sender.register('notification', (row) => this.notificationMail(row));
    this.sender.register('digest', (row) => this.digestMail(row));
    this.sender.register('registration', (row) => this.registrationMail(row, false));
    this.sender.register('reminder', (row) => this.registrationMail(row, true));
  }

  onApplicationBootstrap(): void {
    if (!this.pollMs) return;
    const tick = () =>
      void Promise.all([this.queueDigests(), this.queueReminders()])
        .catch((e: Error) => this.logger.warn(`Digests and reminders not queued: ${e.message}`))
        .finally(() => (this.timer = setTimeout(tick, 60_000).unref()));
    this.timer = setTimeout(tick, 5_000).unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  /** A signed link that stops the emails of one topic, without signing in. */
  unsubscribeUrl(userId: string, topic: NotificationTopic): string {
    const token = this.jwt.sign({ sub: userId, topic, use: 'unsubscribe' });
    return `${this.sender.publicUrl}/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  /** The person and topic of an unsubscribe token, or null when it is not ours. */
  readUnsubscribe(token: string): { userId: string; topic: NotificationTopic } | null {
    try {
      const claims = this.jwt.verify<{ sub: string; topic: NotificationTopic; use: string }>(token, {
        algorithms: ['HS256'],
      });
      if (claims.use !== 'unsubscribe' || !Object.values(NotificationTopic).includes(claims.topic))
        return null;
      return { userId: claims.sub, topic: claims.topic };
    } catch {
      return null;
    }
  }

  /**
   * Queues the digest of everyone whose morning it is (8 to 11 in their zone), once a day, with
   * their unread DIGEST notifications not emailed yet; nothing when there is nothing new.
   */
  async queueDigests(): Promise<number> {
    const due: { id: string; email: string }[] = await this.db.query(
      `SELECT u.id, u.email FROM users u
        WHERE u.email_verified_at IS NOT NULL
          AND extract(hour FROM now() AT TIME ZONE u.timezone) BETWEEN 8 AND 10
          AND (u.last_digest_at IS NULL OR (u.last_digest_at AT TIME ZONE u.timezone)::date < (now() AT TIME ZONE u.timezone)::date)
          AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.channel = 'DIGEST'
                        AND n.read_at IS NULL AND n.emailed_at IS NULL)
        LIMIT 500`,
    );
    let queued = 0;
    for (const user of due) {
      queued += await this.db.transaction(async (tx) => {
        // Claimed once, whichever instance gets there first.
        const claimed = await returning(
          tx,
          `UPDATE users SET last_digest_at = now() WHERE id = $1
             AND (last_digest_at IS NULL OR (last_digest_at AT TIME ZONE timezone)::date < (now() AT TIME ZONE timezone)::date)
           RETURNING id`,
          [user.id],
        );
        if (!claimed.length) return 0;
        const rows = await returning<{ id: string }>(
          tx,
          `UPDATE notifications SET emailed_at = now()
            WHERE user_id = $1 AND channel = 'DIGEST' AND read_at IS NULL AND emailed_at IS NULL RETURNING id`,
          [user.id],
        );
        const ids = rows.map((r) => r.id);
        if (!ids.length) return 0;
        await this.queue.enqueue(tx, {
          userId: user.id,
          to: user.email,
          template: 'digest',
          payload: { notificationIds: ids },
        });
        return 1;
      });
    }
    return queued;
  }

  /** Queues the day-before reminder of every confirmed registration for an event starting in 20 to 28 hours. */
  async queueReminders(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await returning<{ id: string; user_id: string; email: string }>(
        tx,
        `UPDATE registrations r SET reminded_at = now()
           FROM events e, users u
          WHERE e.id = r.event_id AND u.id = r.user_id AND r.status = 'CONFIRMED' AND r.reminded_at IS NULL
            AND e.status = 'PUBLISHED' AND e.starts_at BETWEEN now() + interval '20 hours' AND now() + interval '28 hours'
            AND u.email_verified_at IS NOT NULL
          RETURNING r.id, r.user_id, u.email`,
        [],
      );
      for (const r of rows) {
        await this.queue.enqueue(tx, {
          userId: r.user_id,
          to: r.email,
          template: 'reminder',
          payload: { registrationId: r.id },
        });
      }
      return rows.length;
    });
  }

  private async notificationMail(row: MailOutboxEntity): Promise<OutgoingMail | null> {
    const n = await this.db
      .getRepository(NotificationEntity)
      .findOneBy({ id: String(row.payload['notificationId']) });
    if (!n || n.readAt) return null; // Seen on the board meanwhile: no need to email it.
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: n.userId });
    if (!user?.emailVerifiedAt) return null;
    const l = lang(user);
    const names = await this.names(n);
    if (names === null) return null; // Hidden since: nothing to tell.
    const { subject, line } = describe(l, n, names.words);
    const topic = TOPIC_OF[n.kind];
    const unsubscribe = this.unsubscribeUrl(user.id, topic);
    const paragraphs = [line, ...names.extra(l)];
    const content: MailContent = {
      subject,
      paragraphs,
      button: { label: l === 'fr' ? 'Voir sur Ouimake' : 'See it on Ouimake', url: names.url },
      footer:
        l === 'fr'
          ? `Vous recevez ce message pour ${TOPIC_WORDS[topic].fr}. Vos réglages : ${this.sender.publicUrl}/settings/notifications.`
          : `You get this message for ${TOPIC_WORDS[topic].en}. Your settings: ${this.sender.publicUrl}/settings/notifications.`,
      footerLink: {
        label: l === 'fr' ? 'Ne plus recevoir ces emails' : 'Stop these emails',
        url: unsubscribe,
      },
    };
    const attachments =
      names.eventId && n.kind !== NotificationKind.EVENT_CANCELLED
        ? await this.ics(names.eventId, n.userId)
        : [];
    await this.db.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1`, [n.id]);
    return {
      to: row.toAddress,
      ...renderMail(content, l),
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      attachments,
    };
  }

  private async digestMail(row: MailOutboxEntity): Promise<OutgoingMail | null> {
    const ids = (row.payload['notificationIds'] as string[]) ?? [];
    const user = row.userId ? await this.db.getRepository(UserEntity).findOneBy({ id: row.userId }) : null;
    if (!user?.emailVerifiedAt) return null;
    const l = lang(user);
    const notifications = (await this.db.getRepository(NotificationEntity).findBy({ id: In(ids) })).filter(
      (n) => !n.readAt,
    );
    const lines: string[] = [];
    for (const n of notifications) {
      const names = await this.names(n);
      if (names) lines.push(`• ${describe(l, n, names.words).line} ${names.url}`);
    }
    if (!lines.length) return null;
    const unsubscribe = this.unsubscribeUrl(user.id, TOPIC_OF[notifications[0].kind]);
    return {
      to: row.toAddress,
      ...renderMail(
        {
          subject:
            l === 'fr'
              ? `Ouimake : ${lines.length} nouveauté${lines.length > 1 ? 's' : ''}`
              : `Ouimake: ${lines.length} update${lines.length > 1 ? 's' : ''}`,
          paragraphs: [
            l === 'fr'
              ? `Bonjour ${user.displayName}, voici ce qui s’est passé depuis hier :`
              : `Hello ${user.displayName}, here is what happened since yesterday:`,
            ...lines,
          ],
          button: {
            label: l === 'fr' ? 'Ouvrir mes notifications' : 'Open my notifications',
            url: `${this.sender.publicUrl}/notifications`,
          },
          footer:
            l === 'fr'
              ? `Un résumé par jour au plus, choisi dans vos réglages : ${this.sender.publicUrl}/settings/notifications.`
              : `At most one summary a day, as chosen in your settings: ${this.sender.publicUrl}/settings/notifications.`,
          footerLink: {
            label: l === 'fr' ? 'Ne plus recevoir ce résumé' : 'Stop this summary',
            url: unsubscribe,
          },
        },
        l,
      ),
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  /** The confirmation of a registration (confirmed or waitlisted), or the day-before reminder; with the calendar file. */
  private async registrationMail(row: MailOutboxEntity, reminder: boolean): Promise<OutgoingMail | null> {
    const r = await this.db
      .getRepository(RegistrationEntity)
      .findOneBy({ id: String(row.payload['registrationId']) });
    if (!r || r.status === 'CANCELLED') return null;
    const [event, venue, user] = await Promise.all([
      this.db.getRepository(EventEntity).findOneByOrFail({ id: r.eventId }),
      this.db.getRepository(VenueEntity).findOneByOrFail({ id: r.venueId }),
      this.db.getRepository(UserEntity).findOneByOrFail({ id: r.userId }),
    ]);
    if (event.status === 'CANCELLED' || (reminder && r.status !== 'CONFIRMED')) return null;
    const l = lang(user);
    const fr = l === 'fr';
    const e = quote(l, event.title);
    const place = [venue.name, venue.address, venue.city].filter(Boolean).join(', ');
    const subject = reminder
      ? fr
        ? `Demain : ${e}`
        : `Tomorrow: ${e}`
      : r.status === 'CONFIRMED'
        ? fr
          ? `Inscription confirmée : ${e}`
          : `You are registered: ${e}`
        : fr
          ? `Liste d’attente : ${e}`
          : `Waiting list: ${e}`;
    const lead = reminder
      ? fr
        ? `C’est demain ! Vous êtes attendu·e à ${e}.`
        : `It is tomorrow! You are expected at ${e}.`
      : r.status === 'CONFIRMED'
        ? fr
          ? `Votre place est réservée pour ${e}.`
          : `Your place is booked for ${e}.`
        : fr
          ? `${venue.city} est complet pour ${e} : vous êtes sur la liste d’attente, et prévenu·e dès qu’une place se libère.`
          : `${venue.city} is full for ${e}: you are on the waiting list, and will be told as soon as a place frees up.`;
    return {
      to: row.toAddress,
      ...renderMail(
        {
          subject,
          paragraphs: [
            lead,
            `${fr ? 'Quand' : 'When'} : ${when(l, event)}`.replace(' :', fr ? '\u202f:' : ':'),
            `${fr ? 'Où' : 'Where'} : ${place}${venue.onlineUrl ? ` — ${venue.onlineUrl}` : ''}`.replace(
              ' :',
              fr ? '\u202f:' : ':',
            ),
          ],
          button: {
            label: fr ? 'Voir l’atelier' : 'See the event',
            url: `${this.sender.publicUrl}/events/${event.id}`,
          },
          footer: fr
            ? 'Vous ne pouvez plus venir ? Libérez votre place depuis la page de l’atelier : quelqu’un de la liste d’attente la prendra.'
            : 'You cannot come any more? Free your place from the event’s page: someone on the waiting list will take it.',
        },
        l,
      ),
      attachments: await this.ics(event.id, r.userId),
    };
  }

  /** The calendar file of an event, at the person's venue. */
  private async ics(eventId: string, userId: string): Promise<OutgoingMail['attachments']> {
    const r = await this.db.getRepository(RegistrationEntity).findOneBy({ eventId, userId });
    const file = await this.calendar.eventFile(eventId, r?.venueId);
    return file
      ? [
          {
            filename: 'ouimake.ics',
            content: file,
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ]
      : [];
  }

  /** Names and link of what a notification is about; null when what it is about is hidden from them now. */
  private async names(n: NotificationEntity) {
    const [actor, challenge, idea, target, event, comment] = await Promise.all([
      n.actorId ? this.db.getRepository(UserEntity).findOneBy({ id: n.actorId }) : null,
      n.challengeId ? this.db.getRepository(ChallengeEntity).findOneBy({ id: n.challengeId }) : null,
      n.ideaId ? this.db.getRepository(IdeaEntity).findOneBy({ id: n.ideaId }) : null,
      n.targetIdeaId ? this.db.getRepository(IdeaEntity).findOneBy({ id: n.targetIdeaId }) : null,
      n.eventId ? this.db.getRepository(EventEntity).findOneBy({ id: n.eventId }) : null,
      n.commentId ? this.db.getRepository(CommentEntity).findOneBy({ id: n.commentId }) : null,
    ]);
    const hiddenFromThem = (c: { hidden: boolean; authorId: string } | null) =>
      c !== null && c.hidden && c.authorId !== n.userId;
    if (hiddenFromThem(idea) || hiddenFromThem(comment)) return null;
    const base = this.sender.publicUrl;
    const url =
      n.kind === NotificationKind.IDEA_MERGED && target
        ? `${base}/ideas/${target.id}`
        : event
          ? `${base}/events/${event.id}`
          : idea && n.kind !== NotificationKind.IDEA_PROPOSED
            ? `${base}/ideas/${idea.id}`
            : challenge
              ? `${base}/challenges/${challenge.id}`
              : `${base}/notifications`;
    return {
      words: {
        actor: actor?.displayName ?? (n.kind === NotificationKind.REGISTRATION_PROMOTED ? '' : 'Ouimake'),
        challenge: challenge?.title ?? '',
        idea: idea?.title ?? '',
        target: target?.title ?? '',
        event: event?.title ?? '',
      },
      url,
      eventId: event?.id ?? null,
      extra: (l: Lang): string[] => {
        const out: string[] = [];
        if (n.kind === NotificationKind.CHALLENGE_CLOSED && challenge?.outcome)
          out.push(challenge.outcome.slice(0, 600));
        if (n.kind === NotificationKind.COMMENT_ADDED && comment && !comment.deletedAt && n.count === 1)
          out.push(quote(l, comment.body.slice(0, 400)));
        if (event && n.kind !== NotificationKind.EVENT_CANCELLED)
          out.push(`${l === 'fr' ? 'Quand\u202f:' : 'When:'} ${when(l, event)}`);
        if (event && n.kind === NotificationKind.EVENT_CANCELLED && event.cancelReason)
          out.push(event.cancelReason);
        return out;
      },
    };
  }

  /** Stops emails of one topic for the person (they still see it on the board). */
  async unsubscribe(userId: string, topic: NotificationTopic): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, topic, channel) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, topic) DO UPDATE SET channel = EXCLUDED.channel`,
      [userId, topic, NotificationChannel.IN_APP],
    );
  }

  topicWords(topic: NotificationTopic, l: Lang): string {
    return TOPIC_WORDS[topic][l];
  }
}
