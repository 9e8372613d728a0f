import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../../core/auth/policy';
import type { Viewer } from '../../core/graphql/request-context';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import { AuditEntryEntity } from './audit-entry.entity';

@Injectable()
export class AuditService {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
  ) {}

  /** Writes an entry in the caller's transaction, so that the act and its record stand or fall together. */
  async record(
    tx: EntityManager,
    actor: Viewer,
    action: string,
    targetType: string,
    targetId: string,
    detail: string | null = null,
  ): Promise<void> {
    await tx.insert(AuditEntryEntity, { actorId: actor.id, action, targetType, targetId, detail });
  }

  /** Newest first; admins only. */
  page<N>(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null },
    toNode: (e: AuditEntryEntity) => N,
  ): Promise<Page<N>> {
    authorize(viewer, 'audit.read');
    return keysetPage(
      this.db.getRepository(AuditEntryEntity).createQueryBuilder('a'),
      this.cursors,
      {
        order: 'AUDIT_NEWEST',
        keys: [
          { sql: 'a.at', direction: 'DESC', type: 'timestamptz', alias: 'k_at' },
          { sql: 'a.id', direction: 'DESC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }
}
