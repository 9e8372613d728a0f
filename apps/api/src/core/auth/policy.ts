import { ErrorCode, Role } from '@ouimake/domain';
import { DomainError } from '../graphql/domain-error';
import type { Viewer } from '../graphql/request-context';

/** What a rule may look at besides the viewer. Services load it; rules never query. */
export interface Subject {
  /** The user the action is about (their profile, their role). */
  userId?: string;
}

/** The part of a viewer the rules read. */
export type Actor = Pick<Viewer, 'id' | 'role'>;

type Rule = (viewer: Actor, subject: Subject) => boolean;

const anyone: Rule = () => true;
const admin: Rule = (v) => v.role === Role.ADMIN;

/**
 * The one place that decides who may do what. Every resolver and service asks here; none compares
 * roles by hand. Each action names its rule for a signed-in viewer; signed-out viewers may do none
 * of these (UNAUTHENTICATED), signed-in viewers the rule refuses get FORBIDDEN.
 */
export const RULES = {
  'account.signOut': anyone,
  'account.updateProfile': anyone,
  'user.readEmail': (v, s) => v.id === s.userId || v.role === Role.ADMIN,
  'user.list': admin,
  'user.setRole': admin,
  'audit.read': admin,
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

export function can(viewer: Actor | null, action: Action, subject: Subject = {}): boolean {
  return viewer !== null && RULES[action](viewer, subject);
}

/** Returns the viewer when allowed; throws UNAUTHENTICATED (signed out) or FORBIDDEN otherwise. */
export function authorize(viewer: Viewer | null, action: Action, subject: Subject = {}): Viewer {
  if (viewer === null) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Please sign in first.');
  if (!RULES[action](viewer, subject)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'You are not allowed to do this.');
  }
  return viewer;
}
