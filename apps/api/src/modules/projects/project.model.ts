import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/pagination/connection.model';

@ObjectType({
  description: 'A social initiative, association, third place or company that posts challenges.',
})
export class Project {
  @Field(() => ID)
  id: string;

  @Field({ description: 'URL-safe, unique, derived from the name.' })
  slug: string;

  @Field()
  name: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class ProjectConnection extends Connection(Project, 'Project') {}
