import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context';

/**
 * A request whose token was forged, expired or revoked is refused field by field with
 * UNAUTHENTICATED, even on public fields: it is never served as if it were anonymous.
 */
@Injectable()
export class AuthErrorGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (ctx.authError) throw ctx.authError;
    return true;
  }
}
