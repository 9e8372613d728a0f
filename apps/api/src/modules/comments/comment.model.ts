import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/pagination/connection.model';

@ObjectType()
export class Comment {
  @Field(() => ID)
  id: string;

  ideaId: string;
  authorId: string;
  parentId: string | null;

  @Field({ description: 'Markdown, 1 to 2,000 characters; empty once deleted.' })
  body: string;

  @Field({ description: 'Deleted by its author: the thread keeps its place, without the text.' })
  deleted: boolean;

  @Field()
  hidden: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is hidden (seen, like the comment, by curators and its author only).',
  })
  hiddenReason: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;
}

@ObjectType()
export class CommentConnection extends Connection(Comment, 'Comment') {}
