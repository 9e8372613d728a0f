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

  @Field(() => ID, { nullable: true, description: 'The idea it is about (also for IDEA_REMOVED).' })
  ideaId: string | null;

  @Field(() => ID, { nullable: true, description: 'The comment it is about (also for COMMENT_REMOVED).' })
  commentId: string | null;

  @Field(() => Int, { nullable: true, description: 'For PRESENCE_CHANGED.' })
  presentCount: number | null;

  @Field()
  at: Date;

  @Field({
    description:
      'True on the first event of a subscription, sent as soon as it is in place (a PRESENCE_CHANGED): ' +
      'what happened between the page being read and then may have been missed; read it again.',
  })
  catchUp: boolean;
}
