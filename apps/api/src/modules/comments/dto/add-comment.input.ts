import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  ideaId: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A UUID the device makes for this comment and sends again with every retry: the server makes it once and answers the same comment to a retry.',
  })
  clientKey?: string | null;
}
