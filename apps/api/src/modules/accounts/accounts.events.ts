import type { DomainEvent } from '../../core/events/domain-events';

/**
 * A person is deleting their account, in the deletion's transaction: each feature lets go of what
 * it holds of theirs (registrations, follows, notifications, holdings) before the row is emptied.
 */
export interface AccountDeleting extends DomainEvent {
  type: 'account.deleting';
  userId: string;
}
