import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActivityKind } from '@ouimake/domain';
import { Challenge } from '../challenges/challenge.model';
import { Comment } from '../comments/comment.model';
import { Idea } from '../ideas/idea.model';

registerEnumType(ActivityKind, { name: 'ActivityKind' });

@ObjectType({ description: 'One thing that happened on a challenge, pushed to everyone watching it.' })
export class ChallengeActivity {
  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field(() => ID)
  challengeId: string;

  @Field(() => Idea, { nullable: true })
  idea: Idea | null;

  @Field(() => Comment, { nullable: true })
  comment: Comment | null;

  @Field(() => Challenge, { nullable: true })
  challenge: Challenge | null;

  @Field(() => Int, { nullable: true, description: 'For PRESENCE_CHANGED.' })
  presentCount: number | null;

  @Field()
  at: Date;
}
