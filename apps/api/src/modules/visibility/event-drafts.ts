import { EventStatus } from '@ouimake/domain';

/**
 * Draft events: seen by their organizers only (and admins, who may step in), like a challenge's
 * draft by its holders. A new kind of not-yet-public event changes this file only.
 */
export const EventDrafts = {
  visible(event: { status: EventStatus }, viewer: { organizes: boolean; isAdmin: boolean }): boolean {
    return event.status !== EventStatus.DRAFT || viewer.organizes || viewer.isAdmin;
  },

  /** The same rule as SQL on the events of `alias`, for a viewer (null: signed out). */
  where(alias: string, viewer: { id: string; isAdmin: boolean } | null): [string, Record<string, unknown>] {
    if (!viewer) return [`${alias}.status <> :eventDraft`, { eventDraft: EventStatus.DRAFT }];
    if (viewer.isAdmin) return ['TRUE', {}];
    return [
      `(${alias}.status <> :eventDraft OR EXISTS (SELECT 1 FROM event_organizers eo WHERE eo.event_id = ${alias}.id AND eo.user_id = :eventViewer))`,
      { eventDraft: EventStatus.DRAFT, eventViewer: viewer.id },
    ];
  },
};
