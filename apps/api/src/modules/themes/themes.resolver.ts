import { Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/graphql/context.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { toTheme } from './theme.mapper';
import { CityCount, Theme } from './theme.model';
import { ThemesService } from './themes.service';

@Resolver(() => Theme)
export class ThemesResolver {
  constructor(private readonly themesService: ThemesService) {}

  @Query(() => [Theme])
  async themes(@Ctx() ctx: RequestContext): Promise<Theme[]> {
    return (await this.themesService.list()).map((theme) => toTheme(theme, ctx.locale));
  }

  @Query(() => [CityCount])
  cities(): Promise<CityCount[]> {
    return this.themesService.cities();
  }

  @ResolveField(() => Int, { description: 'Published challenges tagged with this theme.' })
  challengeCount(theme: Theme, _args: unknown, ctx: RequestContext): Promise<number> {
    return ctx.loaders.themeChallengeCount.load(theme.slug);
  }
}
