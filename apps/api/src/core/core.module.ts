import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { LoadersFactory } from './dataloader/loaders';
import { CursorCodec } from './pagination/cursor-codec';
import { ThemesModule } from '../modules/themes/themes.module';

/** Cross-cutting providers every feature module may inject. */
@Global()
@Module({
  imports: [ThemesModule],
  providers: [
    {
      provide: CursorCodec,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.jwtSecret) throw new Error('The server secret is unknown');
        return new CursorCodec(config.jwtSecret);
      },
    },
    LoadersFactory,
  ],
  exports: [CursorCodec, LoadersFactory],
})
export class CoreModule {}
