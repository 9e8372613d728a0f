import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { FreshAfterMutationInterceptor } from './dataloader/fresh-after-mutation.interceptor';
import { AuthErrorGuard } from './auth/auth-error.guard';
import { AuthService } from './auth/auth.service';
import { RateLimitService } from './rate-limit/rate-limit.service';
import { RedisModule } from './redis/redis.module';
import { AppConfig } from '../config/config';
import { LoadersFactory } from './dataloader/loaders';
import { CursorCodec } from './pagination/cursor-codec';
import { LiveFanout } from './live/live-fanout';
import { DomainEvents } from './events/domain-events';

/** Cross-cutting providers every feature module may inject. */
@Global()
@Module({
  imports: [RedisModule],
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
    LiveFanout,
    DomainEvents,
    AuthService,
    RateLimitService,
    { provide: APP_GUARD, useClass: AuthErrorGuard },
    { provide: APP_INTERCEPTOR, useClass: FreshAfterMutationInterceptor },
  ],
  exports: [CursorCodec, LoadersFactory, LiveFanout, DomainEvents, AuthService, RateLimitService],
})
export class CoreModule {}
