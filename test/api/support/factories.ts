import { randomUUID } from 'node:crypto';
import { ChallengeStatus, Role, slugify } from '@ouimake/domain';
import type { DataSource } from 'typeorm';
import { ChallengeThemeEntity } from '../../../apps/api/src/modules/challenges/challenge-theme.entity';
import { ChallengeEntity } from '../../../apps/api/src/modules/challenges/challenge.entity';
import { ProjectHolderEntity } from '../../../apps/api/src/modules/projects/project-holder.entity';
import { ProjectEntity } from '../../../apps/api/src/modules/projects/project.entity';
import { UserEntity } from '../../../apps/api/src/modules/users/user.entity';

/** A short random tag, so that every test's rows are its own. */
export function uniq(prefix = 't'): string {
  return `${prefix}${randomUUID().slice(0, 8)}`;
}

export async function createUser(db: DataSource, overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
  const tag = uniq('u');
  return db.getRepository(UserEntity).save({
    email: `${tag}@test.example`,
    displayName: `Personne ${tag}`,
    role: Role.MEMBER,
    ...overrides,
  });
}

export async function createProject(
  db: DataSource,
  overrides: Partial<ProjectEntity> = {},
  holders: UserEntity[] = [],
): Promise<ProjectEntity> {
  const name = overrides.name ?? `Projet ${uniq()}`;
  const project = await db.getRepository(ProjectEntity).save({
    name,
    slug: slugify(name),
    summary: 'Un projet de test.',
    city: 'Brest',
    ...overrides,
  });
  for (const holder of holders) {
    await db.getRepository(ProjectHolderEntity).insert({ projectId: project.id, userId: holder.id });
  }
  return project;
}

export async function createChallenge(
  db: DataSource,
  project: ProjectEntity,
  author: UserEntity,
  overrides: Partial<ChallengeEntity> & { themes?: string[] } = {},
): Promise<ChallengeEntity> {
  const { themes = [], ...fields } = overrides;
  const status = fields.status ?? ChallengeStatus.OPEN;
  const challenge = await db.getRepository(ChallengeEntity).save({
    projectId: project.id,
    authorId: author.id,
    title: `Défi ${uniq()}`,
    description: 'Une question posée à la communauté.',
    city: project.city,
    status,
    publishedAt: status === ChallengeStatus.DRAFT ? null : new Date(),
    ...fields,
  });
  if (themes.length) {
    await db
      .getRepository(ChallengeThemeEntity)
      .insert(themes.map((themeSlug) => ({ challengeId: challenge.id, themeSlug })));
  }
  return challenge;
}
