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
import type { ThemeEntity } from '../themes/theme.entity';
import { ChallengeThemeEntity } from './challenge-theme.entity';
import { ChallengeEntity } from './challenge.entity';

declare module '../../core/dataloader/loaders' {
  interface Loaders {
    /** Rows by id, for fields of challenges whose visibility was already checked. */
    challenge: KeyLoader<string, ChallengeEntity | null>;
    challengeThemes: KeyLoader<string, ThemeEntity[]>;
    /** Whether the viewer follows each challenge. */
    viewerFollows: KeyLoader<string, boolean>;
    /** Whether the viewer follows each challenge but muted it. */
    viewerMuted: KeyLoader<string, boolean>;
  }
}

interface Shared {
  challenge: DataLoader<string, ChallengeEntity | null>;
  challengeThemes: DataLoader<string, ThemeEntity[]>;
  follows: PerViewer<boolean>;
  muted: PerViewer<boolean>;
}

@Injectable()
export class ChallengesLoaders extends FeatureLoaders<
  Shared,
  Omit<Shared, 'follows' | 'muted'> & {
    viewerFollows: KeyLoader<string, boolean>;
    viewerMuted: KeyLoader<string, boolean>;
  }
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
      challenge: byId((ids) => db.getRepository(ChallengeEntity).findBy({ id: In(ids) })),
      challengeThemes: new DataLoader(async (challengeIds) => {
        const rows = await db
          .getRepository(ChallengeThemeEntity)
          .createQueryBuilder('ct')
          .innerJoinAndSelect('ct.theme', 't')
          .where('ct.challenge_id IN (:...challengeIds)', { challengeIds })
          .orderBy('t.position', 'ASC')
          .getMany();
        return grouped(challengeIds, rows, (ct) => ct.challengeId).map((cts) =>
          cts.map((ct) => ct.theme as ThemeEntity),
        );
      }),
      follows: PerViewer.membership(
        db,
        `SELECT f.user_id AS viewer, f.challenge_id AS id FROM challenge_follows f
           JOIN ${PAIRS} ON f.user_id = k.viewer AND f.challenge_id = k.id`,
      ),
      muted: PerViewer.membership(
        db,
        `SELECT f.user_id AS viewer, f.challenge_id AS id FROM challenge_follows f
           JOIN ${PAIRS} ON f.user_id = k.viewer AND f.challenge_id = k.id WHERE f.muted`,
      ),
    };
  }

  forViewer({ follows, muted, ...rows }: Shared, viewer: Viewer | null) {
    return { ...rows, viewerFollows: follows.view(viewer, false), viewerMuted: muted.view(viewer, false) };
  }
}
