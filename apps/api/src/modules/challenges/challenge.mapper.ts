import type { ChallengeEntity } from './challenge.entity';
import type { Challenge } from './challenge.model';

export function toChallenge(entity: ChallengeEntity): Challenge {
  return {
    id: entity.id,
    projectId: entity.projectId,
    authorId: entity.authorId,
    joinCode: entity.joinCode,
    title: entity.title,
    description: entity.description,
    city: entity.city,
    status: entity.status,
    voteBudget: entity.voteBudget,
    blindVoting: entity.blindVoting,
    closesAt: entity.closesAt,
    outcome: entity.outcome,
    ideaCount: entity.ideaCount,
    participantCount: entity.participantCount,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
