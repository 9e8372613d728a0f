import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@ouimake/domain';

registerEnumType(Role, {
  name: 'Role',
  valuesMap: {
    MEMBER: {
      description: 'Can hold projects, post challenges, propose ideas, vote, comment, register to events.',
    },
    FACILITATOR: {
      description:
        'Also curates: shortlists, selects, merges and hides ideas, handles reports, runs brainstorm sessions, organises events.',
    },
    ADMIN: { description: 'Also grants roles and reads the audit log.' },
  },
});

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => Role)
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Readable by the user themself and by admins only; null for everyone else.',
  })
  email: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the email address was confirmed; the user themself and admins only.',
  })
  emailVerified: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Language of their emails (fr or en); the user themself only.',
  })
  language: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'IANA time zone of their digest; the user themself only.',
  })
  timezone: string | null;

  @Field(() => Boolean, {
    description:
      'Whether their public profile lists their ideas and comments (they chose it); the user themself only.',
    nullable: true,
  })
  showActivity: boolean | null;

  @Field(() => Boolean, {
    description: 'The account was deleted: its ideas and comments are shown as a former member’s.',
  })
  formerMember: boolean;

  @Field()
  createdAt: Date;

  /** Their choice to list their contributions publicly (decides `ideas` and `comments`; not a field). */
  activityPublic: boolean;
}
