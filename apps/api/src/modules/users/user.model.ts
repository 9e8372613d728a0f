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

  @Field()
  createdAt: Date;
}
