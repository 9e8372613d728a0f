import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Observable, tap } from 'rxjs';
import type { RequestContext } from '../graphql/request-context';
import { clearLoaders } from './loaders';

/**
 * After each mutation the request's DataLoaders forget what they cached, so that the mutation's
 * result, and any later mutation of the same document, read what the mutation wrote.
 */
@Injectable()
export class FreshAfterMutationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<GraphQLResolveInfo>().parentType.name !== 'Mutation') return next.handle();
    const ctx = gql.getContext<RequestContext>();
    return next.handle().pipe(
      tap(() => {
        clearLoaders(ctx.loaders);
        for (const prime of ctx.primes?.splice(0) ?? []) prime(ctx.loaders);
      }),
    );
  }
}
