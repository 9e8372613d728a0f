import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { FeatureLoaders, LoadersFactory } from '../../core/dataloader/loaders';
import { BrainstormRoundEntity } from './brainstorm-round.entity';

declare module '../../core/dataloader/loaders' {
  interface Loaders {
    /** The timed round running on each challenge now. */
    runningRound: KeyLoader<string, BrainstormRoundEntity | null>;
  }
}

interface Shared {
  runningRound: DataLoader<string, BrainstormRoundEntity | null>;
}

@Injectable()
export class BrainstormLoaders extends FeatureLoaders<Shared, Shared> {
  constructor(
    factory: LoadersFactory,
    private readonly db: DataSource,
  ) {
    super(factory);
  }

  shared(): Shared {
    return {
      runningRound: new DataLoader(async (challengeIds) => {
        const rows = await this.db
          .getRepository(BrainstormRoundEntity)
          .createQueryBuilder('s')
          .where('s.challenge_id IN (:...challengeIds)', { challengeIds })
          .andWhere('s.stopped_at IS NULL AND s.ends_at > now()')
          .orderBy('s.started_at', 'DESC')
          .getMany();
        return challengeIds.map((id) => rows.find((s) => s.challengeId === id) ?? null);
      }),
    };
  }

  forViewer(shared: Shared): Shared {
    return shared;
  }
}
