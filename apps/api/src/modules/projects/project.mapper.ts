import type { ProjectEntity } from './project.entity';
import type { Project } from './project.model';

export function toProject(entity: ProjectEntity): Project {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    summary: entity.summary,
    description: entity.description,
    city: entity.city,
    website: entity.website,
    createdAt: entity.createdAt,
  };
}
