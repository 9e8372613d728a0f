import { Module } from '@nestjs/common';
import { ThemesResolver } from './themes.resolver';
import { ThemesService } from './themes.service';
import { ThemesLoaders } from './themes.loaders';

@Module({ providers: [ThemesService, ThemesResolver, ThemesLoaders], exports: [ThemesService] })
export class ThemesModule {}
