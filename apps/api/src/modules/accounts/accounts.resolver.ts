import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toProject } from '../projects/project.mapper';
import { Project } from '../projects/project.model';
import { Role } from '@ouimake/domain';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { toUser } from '../users/user.mapper';
import { User } from '../users/user.model';
import { AccountEmailsService } from './account-emails.service';
import { AccountsService, FORMER_MEMBER } from './accounts.service';
import { AuthPayload, UserConnection } from './auth-payload.model';
import { SignInInput, SignUpInput, UpdateProfileInput } from './dto/account.inputs';

@Resolver(() => User)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly emails: AccountEmailsService,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<User | null> {
    if (!ctx.viewer) return null;
    const user = await this.accounts.findUser(ctx.viewer.id);
    return user ? toUser(user, ctx.viewer) : null;
  }

  @Query(() => User, { nullable: true })
  async user(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<User | null> {
    const user = await this.accounts.findUser(id);
    return user ? toUser(user, ctx.viewer) : null;
  }

  @Query(() => UserConnection, {
    description: 'Admins. People by display name; query matches name or email.',
  })
  users(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('query', { type: () => String, nullable: true }) query?: string,
  ): Promise<UserConnection> {
    return this.accounts.listUsers(ctx.viewer, { first, after, query }, (u) => toUser(u, ctx.viewer));
  }

  @Mutation(() => AuthPayload)
  async signUp(@Args('input') input: SignUpInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const { token, user } = await this.accounts.signUp(input, ctx.clientAddress);
    return { token, user: toUser(user, user) };
  }

  @Mutation(() => AuthPayload)
  async signIn(@Args('input') input: SignInInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const { token, user } = await this.accounts.signIn(input, ctx.clientAddress);
    return { token, user: toUser(user, user) };
  }

  @Mutation(() => User, { description: 'The link of the verification email: confirms the address.' })
  async verifyEmail(@Args('token') token: string, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await this.emails.verify(token);
    return toUser(user, ctx.viewer ?? user);
  }

  @Mutation(() => Boolean, {
    description: 'Sends the verification email again (signed in, a few times an hour).',
  })
  resendVerificationEmail(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.emails.resendVerification(ctx.viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Emails a single-use link valid one hour. Always true, whether or not the address has an account.',
  })
  requestPasswordReset(
    @Args('email') email: string,
    @Ctx() ctx: RequestContext,
    @Args('language', { type: () => String, nullable: true }) language?: string,
  ): Promise<boolean> {
    return this.emails.requestReset(email, ctx.clientAddress, language ?? ctx.locale);
  }

  @Mutation(() => AuthPayload, {
    description: 'Sets a new password from the emailed link; every other session ends.',
  })
  async resetPassword(
    @Args('token') token: string,
    @Args('password') password: string,
  ): Promise<AuthPayload> {
    const { token: session, user } = await this.emails.reset(token, password);
    return { token: session, user: toUser(user, user) };
  }

  @Mutation(() => Boolean, { description: 'Revokes the token the request was made with.' })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.signOut(ctx.viewer);
  }

  @Mutation(() => User)
  async updateProfile(@Args('input') input: UpdateProfileInput, @Ctx() ctx: RequestContext): Promise<User> {
    return toUser(await this.accounts.updateProfile(ctx.viewer, input), ctx.viewer);
  }

  @Mutation(() => Boolean, {
    description:
      "Deletes the signed-in person's account: email, sessions and registrations go; ideas and comments stay, shown as a former member's; votes stay counted.",
  })
  deleteAccount(@Args('password') password: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.deleteAccount(ctx.viewer, password);
  }

  @Mutation(() => User, { description: 'Admins.' })
  async setUserRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return toUser(await this.accounts.setUserRole(ctx.viewer, userId, role), ctx.viewer);
  }

  @ResolveField(() => String, {
    description: 'A deleted account’s is “Former member”, in the language of the request.',
  })
  displayName(user: User, _args: unknown, ctx: RequestContext): string {
    if (!user.formerMember) return user.displayName;
    return ctx.locale === 'en' ? 'Former member' : FORMER_MEMBER;
  }

  @ResolveField(() => [Project], { description: 'The projects this person holds, by name.' })
  async projects(user: User, _args: unknown, ctx: RequestContext): Promise<Project[]> {
    return (await ctx.loaders.projectsHeldBy.load(user.id)).map(toProject);
  }
}
