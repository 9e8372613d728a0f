import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import { ProjectEntity } from './project.entity';

@Injectable()
export class ProjectsService {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
  ) {}

  /** By id or by slug (exactly one of them); null when nothing matches. */
  async findOne(
    id: string | null | undefined,
    slug: string | null | undefined,
  ): Promise<ProjectEntity | null> {
    if ((id ?? null) === null && (slug ?? null) === null) {
      throw DomainError.badInput('id', 'Give a project id or slug.');
    }
    const repo = this.db.getRepository(ProjectEntity);
    if (id !== null && id !== undefined) {
      if (!isUuid(id)) return null;
      const project = await repo.findOneBy({ id });
      return project && (slug === null || slug === undefined || project.slug === slug) ? project : null;
    }
    return repo.findOneBy({ slug: slug as string });
  }

  /** Projects by name, optionally in one city. */
  page<N>(
    args: { first?: number | null; after?: string | null; city?: string | null },
    toNode: (e: ProjectEntity) => N,
  ): Promise<Page<N>> {
    const qb = this.db.getRepository(ProjectEntity).createQueryBuilder('p');
    if (args.city?.trim()) qb.where('lower(p.city) = lower(:city)', { city: args.city.trim() });
    return keysetPage(
      qb,
      this.cursors,
      {
        order: 'PROJECT_NAME',
        keys: [
          { sql: 'lower(p.name)', direction: 'ASC', type: 'text', alias: 'k_name' },
          { sql: 'p.id', direction: 'ASC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }
}
