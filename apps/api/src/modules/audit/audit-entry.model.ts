import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/pagination/connection.model';

@ObjectType({ description: 'Who did what, for every curation, moderation and role change.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  actorId: string;

  @Field()
  action: string;

  @Field()
  targetType: string;

  @Field(() => ID)
  targetId: string;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field()
  at: Date;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}
