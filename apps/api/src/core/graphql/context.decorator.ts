import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from './request-context';

/** The request's context in a resolver: `@Ctx() ctx: RequestContext`. */
export const Ctx = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestContext =>
    GqlExecutionContext.create(context).getContext<RequestContext>(),
);
