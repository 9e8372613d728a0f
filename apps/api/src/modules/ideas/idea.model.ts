import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IdeaOrder, IdeaStatus } from '@ouimake/domain';
import { Connection } from '../../core/pagination/connection.model';

registerEnumType(IdeaStatus, {
  name: 'IdeaStatus',
  valuesMap: {
    SHORTLISTED: { description: 'Picked by curators for further work, e.g. at a follow-up event.' },
    SELECTED: { description: "Retained as part of the challenge's outcome." },
    MERGED: { description: 'Folded into another idea; its votes moved there.' },
  },
});

registerEnumType(IdeaOrder, {
  name: 'IdeaOrder',
  valuesMap: { TOP: { description: 'Most votes first; ties: oldest first.' } },
});

@ObjectType()
export class Idea {
  @Field(() => ID)
  id: string;

  challengeId: string;
  authorId: string;
  mergedIntoId: string | null;
  /** The stored count; the voteCount field shows it or null (blind voting). */
  storedVoteCount: number;

  @Field({ description: '3 to 140 characters.' })
  title: string;

  @Field({ description: 'Markdown, up to 5,000 characters.' })
  body: string;

  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field({ description: 'Hidden ideas are returned to curators only, and to their author.' })
  hidden: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is hidden (seen, like the idea, by curators and its author only).',
  })
  hiddenReason: string | null;

  @Field(() => Int)
  commentCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class IdeaConnection extends Connection(Idea, 'Idea') {}
