import type { TFunction } from 'i18next';
import type { NotificationItem_NotificationFragment } from '../../gql/graphql';
import { dateTimeFormat } from '../../shared/intl';

export type NotificationFacts = Omit<NotificationItem_NotificationFragment, ' $fragmentName'>;

/** A notification in words, and the page it leads to. */
export interface NotificationSentence {
  text: string;
  href: string;
}

/**
 * The sentence of a notification ("Léna a proposé « … » sur « … »", "12 nouvelles idées sur « … »")
 * and where it leads: the idea, the thread, the challenge or the event it is about.
 */
export function notificationSentence(t: TFunction, n: NotificationFacts): NotificationSentence {
  const actor = n.actor?.displayName ?? t('notifications.item.someone');
  const idea = n.idea?.title ?? t('notifications.item.anIdea');
  const challenge = n.challenge?.title ?? t('notifications.item.aChallenge');
  const event = n.event?.title ?? t('notifications.item.anEvent');
  const target = n.targetIdea?.title ?? t('notifications.item.anIdea');
  const ideaHref = n.idea ? `/ideas/${n.idea.id}` : null;
  const challengeHref = n.challenge ? `/challenges/${n.challenge.id}` : '/notifications';
  const eventHref = n.event ? `/events/${n.event.id}` : challengeHref;
  const grouped = n.count > 1;
  const values = { actor, idea, challenge, event, target, count: n.count };

  switch (n.kind) {
    case 'IDEA_PROPOSED':
      return grouped
        ? { text: t('notifications.item.IDEA_PROPOSED_grouped', values), href: challengeHref }
        : { text: t('notifications.item.IDEA_PROPOSED', values), href: ideaHref ?? challengeHref };
    case 'COMMENT_ADDED': {
      const thread = ideaHref
        ? n.comment
          ? `${ideaHref}#comment-${n.comment.id}`
          : ideaHref
        : challengeHref;
      return grouped
        ? { text: t('notifications.item.COMMENT_ADDED_grouped', values), href: ideaHref ?? challengeHref }
        : { text: t('notifications.item.COMMENT_ADDED', values), href: thread };
    }
    case 'IDEA_SHORTLISTED':
    case 'IDEA_SELECTED':
      return { text: t(`notifications.item.${n.kind}`, values), href: ideaHref ?? challengeHref };
    case 'IDEA_MERGED':
      return {
        text: t('notifications.item.IDEA_MERGED', values),
        href: n.targetIdea ? `/ideas/${n.targetIdea.id}` : (ideaHref ?? challengeHref),
      };
    case 'CHALLENGE_CLOSED':
      return { text: t('notifications.item.CHALLENGE_CLOSED', values), href: challengeHref };
    case 'EVENT_PUBLISHED':
    case 'EVENT_CANCELLED':
    case 'EVENT_CHANGED':
    case 'REGISTRATION_PROMOTED':
      return { text: t(`notifications.item.${n.kind}`, values), href: eventHref };
    default:
      return { text: t('notifications.item.someone'), href: '/notifications' };
  }
}

/** Day keys for grouping: "today", "yesterday", or the date in the person's language. */
export function dayLabel(t: TFunction, language: string, iso: string, now = new Date()): string {
  const date = new Date(iso);
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(date)) / 86_400_000);
  if (days === 0) return t('notifications.list.today');
  if (days === 1) return t('notifications.list.yesterday');
  return dateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric',
  }).format(date);
}

/** Consecutive notifications of the same day, in order. */
export function groupByDay<N extends { updatedAt: string }>(
  nodes: readonly N[],
  label: (iso: string) => string,
): Array<{ day: string; items: N[] }> {
  const groups: Array<{ day: string; items: N[] }> = [];
  for (const node of nodes) {
    const day = label(node.updatedAt);
    const last = groups.at(-1);
    if (last && last.day === day) last.items.push(node);
    else groups.push({ day, items: [node] });
  }
  return groups;
}
