import { Field, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/pagination/connection.model';
import { User } from '../users/user.model';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header and for connection_init.' })
  token: string;

  @Field(() => User)
  user: User;
}

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}
