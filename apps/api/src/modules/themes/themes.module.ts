import { Module } from '@nestjs/common';
import { ThemesResolver } from './themes.resolver';
import { ThemesService } from './themes.service';

@Module({ providers: [ThemesService, ThemesResolver], exports: [ThemesService] })
export class ThemesModule {}
