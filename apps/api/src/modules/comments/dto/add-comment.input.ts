import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  ideaId: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
