import { ErrorCode, Role } from '@ouimake/domain';
import { DomainError } from '../graphql/domain-error';
import type { Viewer } from '../graphql/request-context';

/** What a rule may look at besides the viewer. Services load it; rules never query. */
export interface Subject {
  /** The user the action is about (their profile, their role). */
  userId?: string;
  /** The holders of the project the action is about (directly or through a challenge). */
  holderIds?: readonly string[];
  /** The author of the idea or comment the action is about. */
  authorId?: string;
  /** The organizers of the event the action is about. */
  organizerIds?: readonly string[];
  /** The hosts of the venue the action is about. */
  hostIds?: readonly string[];
}

/** The part of a viewer the rules read. */
export type Actor = Pick<Viewer, 'id' | 'role'>;

type Rule = (viewer: Actor, subject: Subject) => boolean;

const anyone: Rule = () => true;
const admin: Rule = (v) => v.role === Role.ADMIN;
const author: Rule = (v, s) => s.authorId === v.id;
const holder: Rule = (v, s) => s.holderIds?.includes(v.id) ?? false;
/** Curators: the project's holders, facilitators and admins. */
const curator: Rule = (v, s) => holder(v, s) || v.role === Role.FACILITATOR || v.role === Role.ADMIN;
const facilitator: Rule = (v) => v.role === Role.FACILITATOR || v.role === Role.ADMIN;
const organizer: Rule = (v, s) => s.organizerIds?.includes(v.id) ?? false;
const host: Rule = (v, s) => s.hostIds?.includes(v.id) ?? false;

/**
 * The one place that decides who may do what. Every resolver and service asks here; none compares
 * roles by hand. Each action names its rule for a signed-in viewer; signed-out viewers may do none
 * of these (UNAUTHENTICATED), signed-in viewers the rule refuses get FORBIDDEN.
 */
export const RULES = {
  'account.signOut': anyone,
  'account.updateProfile': anyone,
  'account.delete': anyone,
  'account.export': anyone,
  'user.readEmail': (v, s) => v.id === s.userId || v.role === Role.ADMIN,
  'user.list': admin,
  'user.setRole': admin,
  'audit.read': admin,
  'project.create': anyone,
  'project.edit': (v, s) => holder(v, s) || admin(v, s),
  'project.addHolder': (v, s) => holder(v, s) || admin(v, s),
  'challenge.create': holder,
  'challenge.edit': holder,
  'challenge.publish': holder,
  'challenge.close': curator,
  'challenge.reopen': curator,
  'challenge.curate': curator,
  'challenge.follow': anyone,
  'idea.propose': anyone,
  'idea.edit': author,
  'idea.withdraw': author,
  'idea.vote': anyone,
  'idea.curate': curator,
  'comment.curate': curator,
  'content.report': anyone,
  /** The report queue is the facilitators' and admins' (not every project's holders'). */
  'report.review': (v) => v.role === Role.FACILITATOR || v.role === Role.ADMIN,
  'resource.manage': curator,
  'event.create': facilitator,
  /** Organizers edit, publish, cancel and complete their event; admins may step in. */
  'event.organize': (v, s) => organizer(v, s) || admin(v, s),
  /** Every venue's registrations: organizers, facilitators and admins. */
  'event.readRegistrations': (v, s) => organizer(v, s) || facilitator(v, s),
  /** One venue's registrations and check-in: also its hosts. */
  'venue.manage': (v, s) => host(v, s) || organizer(v, s) || facilitator(v, s),
  'event.register': anyone,
  'comment.add': anyone,
  'comment.delete': author,
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

export function can(viewer: Actor | null, action: Action, subject: Subject = {}): boolean {
  return viewer !== null && RULES[action](viewer, subject);
}

/** The signed-in viewer, or UNAUTHENTICATED: the first check of every act, before any lookup. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (viewer === null) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Please sign in first.');
  return viewer;
}

/** Returns the viewer when allowed; throws UNAUTHENTICATED (signed out) or FORBIDDEN otherwise. */
export function authorize(viewer: Viewer | null, action: Action, subject: Subject = {}): Viewer {
  const me = requireViewer(viewer);
  if (!RULES[action](me, subject)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'You are not allowed to do this.');
  }
  return me;
}
