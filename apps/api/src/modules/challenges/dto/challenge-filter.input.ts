import { Field, ID, InputType } from '@nestjs/graphql';
import { ChallengeStatus } from '@ouimake/domain';

@InputType()
export class ChallengeFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over title and description, French and English stemming.',
  })
  query?: string | null;

  @Field(() => [ChallengeStatus], { nullable: true })
  status?: ChallengeStatus[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Theme slugs; a challenge matches when it has any of them.',
  })
  themes?: string[] | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;
}
