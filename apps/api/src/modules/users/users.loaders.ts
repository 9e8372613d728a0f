import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byId, FeatureLoaders, LoadersFactory } from '../../core/dataloader/loaders';
import { UserEntity } from './user.entity';

declare module '../../core/dataloader/loaders' {
  interface Loaders {
    user: KeyLoader<string, UserEntity | null>;
  }
}

interface Shared {
  user: DataLoader<string, UserEntity | null>;
}

@Injectable()
export class UsersLoaders extends FeatureLoaders<Shared, Shared> {
  constructor(
    factory: LoadersFactory,
    private readonly db: DataSource,
  ) {
    super(factory);
  }

  shared(): Shared {
    return { user: byId((ids) => this.db.getRepository(UserEntity).findBy({ id: In(ids) })) };
  }

  forViewer(shared: Shared): Shared {
    return shared;
  }
}
