import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportStatus } from '@ouimake/domain';
import { Connection } from '../../core/pagination/connection.model';

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  valuesMap: { ACTIONED: { description: 'The content was hidden.' } },
});

@ObjectType({
  description: 'Someone’s report of an idea or a comment, for facilitators and admins to review.',
})
export class Report {
  @Field(() => ID)
  id: string;

  reporterId: string;
  ideaId: string | null;
  commentId: string | null;
  resolvedById: string | null;

  @Field()
  reason: string;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class ReportConnection extends Connection(Report, 'Report') {}
