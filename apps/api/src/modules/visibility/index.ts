/**
 * Who may see what, in one place: each concern gives a predicate and the same rule as SQL, used by
 * services, resolvers, the live fan-out and, later, exports and notifications.
 */
export { BlindCounts } from './blind-counts';
export {
  contentViewer,
  curatesChallenge,
  viewerCurates,
  type ChallengeGrant,
  type ContentViewer,
} from './content-viewer';
export { Drafts } from './drafts';
export { EventDrafts } from './event-drafts';
export { HiddenContent, type HideableContent } from './hidden-content';
export { activityVisible } from './activity';
