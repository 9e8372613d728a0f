import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { FeatureLoaders, LoadersFactory } from '../../core/dataloader/loaders';
import { ThemesService } from './themes.service';

declare module '../../core/dataloader/loaders' {
  interface Loaders {
    themeChallengeCount: KeyLoader<string, number>;
  }
}

interface Shared {
  themeChallengeCount: DataLoader<string, number>;
}

@Injectable()
export class ThemesLoaders extends FeatureLoaders<Shared, Shared> {
  constructor(
    factory: LoadersFactory,
    private readonly themes: ThemesService,
  ) {
    super(factory);
  }

  shared(): Shared {
    return {
      themeChallengeCount: new DataLoader(async (slugs) => {
        const counts = await this.themes.challengeCounts(slugs);
        return slugs.map((slug) => counts.get(slug) ?? 0);
      }),
    };
  }

  forViewer(shared: Shared): Shared {
    return shared;
  }
}
