import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Something that happened in the domain, named by `type` (`idea.merged`, ...). */
export interface DomainEvent {
  type: string;
}

export type DomainEventHandler<E extends DomainEvent> = (tx: EntityManager, event: E) => Promise<void>;

/**
 * Domain events, handled in the transaction of the act that raised them: a handler's writes (a
 * notification, an outbox row) commit or roll back with the act itself. Features raise them; other
 * features listen with {@link on}, so that the one raising knows nothing of the ones listening.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<string, DomainEventHandler<DomainEvent>[]>();

  on<E extends DomainEvent>(type: E['type'], handler: DomainEventHandler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as DomainEventHandler<DomainEvent>);
    this.handlers.set(type, list);
  }

  /** Runs every handler of the event's type, in order, in the caller's transaction. */
  async emit(tx: EntityManager, event: DomainEvent): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) await handler(tx, event);
  }
}
