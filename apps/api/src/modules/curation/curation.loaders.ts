import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  FeatureLoaders,
  LoadersFactory,
  PAIRS,
  PerViewer,
  type KeyLoader,
} from '../../core/dataloader/loaders';
import type { Viewer } from '../../core/graphql/request-context';
import type { ResourceEntity } from './resource.entity';
import { ResourcesService } from './resources.service';

declare module '../../core/dataloader/loaders' {
  interface Loaders {
    /** Each challenge's resources, oldest first. */
    challengeResources: KeyLoader<string, ResourceEntity[]>;
    /** Whether the viewer has reported each idea. */
    viewerReportedIdea: KeyLoader<string, boolean>;
    /** Whether the viewer has reported each comment. */
    viewerReportedComment: KeyLoader<string, boolean>;
  }
}

interface Shared {
  challengeResources: DataLoader<string, ResourceEntity[]>;
  reportedIdea: PerViewer<boolean>;
  reportedComment: PerViewer<boolean>;
}

@Injectable()
export class CurationLoaders extends FeatureLoaders<
  Shared,
  {
    challengeResources: KeyLoader<string, ResourceEntity[]>;
    viewerReportedIdea: KeyLoader<string, boolean>;
    viewerReportedComment: KeyLoader<string, boolean>;
  }
> {
  constructor(
    factory: LoadersFactory,
    private readonly db: DataSource,
    private readonly resources: ResourcesService,
  ) {
    super(factory);
  }

  shared(): Shared {
    return {
      challengeResources: new DataLoader((ids) => this.resources.ofChallenges(ids)),
      reportedIdea: PerViewer.membership(
        this.db,
        `SELECT r.reporter_id AS viewer, r.idea_id AS id FROM reports r
           JOIN ${PAIRS} ON r.reporter_id = k.viewer AND r.idea_id = k.id`,
      ),
      reportedComment: PerViewer.membership(
        this.db,
        `SELECT r.reporter_id AS viewer, r.comment_id AS id FROM reports r
           JOIN ${PAIRS} ON r.reporter_id = k.viewer AND r.comment_id = k.id`,
      ),
    };
  }

  forViewer({ challengeResources, reportedIdea, reportedComment }: Shared, viewer: Viewer | null) {
    return {
      challengeResources,
      viewerReportedIdea: reportedIdea.view(viewer, false),
      viewerReportedComment: reportedComment.view(viewer, false),
    };
  }
}
