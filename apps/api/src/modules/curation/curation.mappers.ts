import type { ReportEntity } from './report.entity';
import type { Report } from './report.model';
import type { ResourceEntity } from './resource.entity';
import type { Resource } from './resource.model';

export function toReport(entity: ReportEntity): Report {
  return {
    id: entity.id,
    reporterId: entity.reporterId,
    ideaId: entity.ideaId,
    commentId: entity.commentId,
    resolvedById: entity.resolvedById,
    reason: entity.reason,
    status: entity.status,
    resolvedAt: entity.resolvedAt,
    createdAt: entity.createdAt,
  };
}

export function toResource(entity: ResourceEntity): Resource {
  return {
    id: entity.id,
    challengeId: entity.challengeId,
    addedById: entity.addedById,
    title: entity.title,
    url: entity.url,
    createdAt: entity.createdAt,
  };
}
