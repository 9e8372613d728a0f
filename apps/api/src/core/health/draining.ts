import { Injectable } from '@nestjs/common';

/**
 * Whether this instance is stopping: from the first moment of a graceful stop, readiness answers
 * 503 so that a load balancer sends no new work, while requests in flight finish.
 */
@Injectable()
export class Draining {
  private draining = false;

  get active(): boolean {
    return this.draining;
  }

  start(): void {
    this.draining = true;
  }
}
