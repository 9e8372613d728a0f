import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Draining } from './draining';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly draining: Draining,
  ) {}

  /** The process is up. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can serve: the database answers and it is not stopping. 503 otherwise. */
  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.draining.active) throw new ServiceUnavailableException({ status: 'stopping' });
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }
}
