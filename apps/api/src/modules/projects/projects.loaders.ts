import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import {
  byId,
  FeatureLoaders,
  grouped,
  LoadersFactory,
  PAIRS,
  PerViewer,
  type KeyLoader,
} from '../../core/dataloader/loaders';
import type { Viewer } from '../../core/graphql/request-context';
import type { UserEntity } from '../users/user.entity';
import { ProjectHolderEntity } from './project-holder.entity';
import { ProjectEntity } from './project.entity';

declare module '../../core/dataloader/loaders' {
  interface Loaders {
    project: KeyLoader<string, ProjectEntity | null>;
    projectHolders: KeyLoader<string, UserEntity[]>;
    /** The projects each person holds, by name. */
    projectsHeldBy: KeyLoader<string, ProjectEntity[]>;
    /** Whether the viewer holds each project (false for everyone when signed out). */
    viewerHolds: KeyLoader<string, boolean>;
  }
}

interface Shared {
  project: DataLoader<string, ProjectEntity | null>;
  projectHolders: DataLoader<string, UserEntity[]>;
  projectsHeldBy: DataLoader<string, ProjectEntity[]>;
  holds: PerViewer<boolean>;
}

@Injectable()
export class ProjectsLoaders extends FeatureLoaders<
  Shared,
  Omit<Shared, 'holds'> & { viewerHolds: KeyLoader<string, boolean> }
> {
  constructor(
    factory: LoadersFactory,
    private readonly db: DataSource,
  ) {
    super(factory);
  }

  shared(): Shared {
    const { db } = this;
    return {
      project: byId((ids) => db.getRepository(ProjectEntity).findBy({ id: In(ids) })),
      projectHolders: new DataLoader(async (projectIds) => {
        const rows = await db
          .getRepository(ProjectHolderEntity)
          .createQueryBuilder('h')
          .innerJoinAndSelect('h.user', 'u')
          .where('h.project_id IN (:...projectIds)', { projectIds })
          .orderBy('h.created_at', 'ASC')
          .addOrderBy('u.id', 'ASC')
          .getMany();
        return grouped(projectIds, rows, (h) => h.projectId).map((hs) => hs.map((h) => h.user as UserEntity));
      }),
      projectsHeldBy: new DataLoader(async (userIds) => {
        const rows = await db
          .getRepository(ProjectHolderEntity)
          .createQueryBuilder('h')
          .innerJoinAndSelect('h.project', 'p')
          .where('h.user_id IN (:...userIds)', { userIds })
          .orderBy('lower(p.name)', 'ASC')
          .getMany();
        return grouped(userIds, rows, (h) => h.userId).map((hs) => hs.map((h) => h.project as ProjectEntity));
      }),
      holds: PerViewer.membership(
        db,
        `SELECT h.user_id AS viewer, h.project_id AS id FROM project_holders h
           JOIN ${PAIRS} ON h.user_id = k.viewer AND h.project_id = k.id`,
      ),
    };
  }

  forViewer({ holds, ...rows }: Shared, viewer: Viewer | null) {
    return { ...rows, viewerHolds: holds.view(viewer, false) };
  }
}
