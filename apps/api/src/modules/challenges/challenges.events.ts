/** A challenge closed (with its outcome): its followers are told. */
export interface ChallengeClosed {
  type: 'challenge.closed';
  challengeId: string;
  actorId: string;
}
