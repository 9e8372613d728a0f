import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LIMITS, slugify } from '@ouimake/domain';
import { DataSource, EntityManager, IsNull, QueryFailedError } from 'typeorm';
import { authorize, requireViewer } from '../../core/auth/policy';
import type { Viewer } from '../../core/graphql/request-context';
import { optionalText, optionalUrl, requiredText } from '../../core/validation/text';
import { DomainError } from '../../core/graphql/domain-error';
import { isUuid } from '../../core/graphql/ids';
import type { Page } from '../../core/pagination/connection.model';
import { CursorCodec } from '../../core/pagination/cursor-codec';
import { keysetPage } from '../../core/pagination/keyset';
import { ProjectEntity } from './project.entity';
import { ProjectHolderEntity } from './project-holder.entity';
import { holdersOf } from './holders';
import { DomainEvents } from '../../core/events/domain-events';
import type { AccountDeleting } from '../accounts/accounts.events';
import { UserEntity } from '../users/user.entity';
import type { CreateProjectInput, UpdateProjectInput } from './dto/project.inputs';

function validated(
  input: CreateProjectInput | UpdateProjectInput,
  creating: boolean,
): Partial<Pick<ProjectEntity, 'name' | 'summary' | 'description' | 'city' | 'website'>> {
  const { nameMin, nameMax, summaryMax, descriptionMax } = LIMITS.project;
  const out: Partial<Pick<ProjectEntity, 'name' | 'summary' | 'description' | 'city' | 'website'>> = {};
  if (creating || (input.name !== undefined && input.name !== null)) {
    out.name = requiredText(input.name ?? '', 'name', nameMin, nameMax);
  }
  if (creating || (input.summary !== undefined && input.summary !== null)) {
    out.summary = requiredText(input.summary ?? '', 'summary', 1, summaryMax);
  }
  if (input.description !== undefined)
    out.description = optionalText(input.description, 'description', descriptionMax);
  if (input.city !== undefined) out.city = optionalText(input.city, 'city', 80);
  if (input.website !== undefined) out.website = optionalUrl(input.website, 'website');
  return out;
}

const RESERVED_SLUGS = ['new', 'edit'];

/** `base`, or `base-2`, `base-3`… whichever is free. */
async function freeSlug(tx: EntityManager, base: string): Promise<string> {
  const rows: { slug: string }[] = await tx.query(
    `SELECT slug FROM projects WHERE slug = $1 OR slug LIKE $2`,
    [base, `${base}-%`], // slugs hold only a-z, 0-9 and hyphens
  );
  // Paths of the board's own pages (/projects/new) are never a project's slug.
  const taken = new Set([...RESERVED_SLUGS, ...rows.map((r) => r.slug)]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function isUniqueViolation(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';
}

@Injectable()
export class ProjectsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly cursors: CursorCodec,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    // Someone deleting their account stops holding projects; the projects and their challenges
    // stay, run by their other holders (or by facilitators and admins).
    this.events.on<AccountDeleting>('account.deleting', (tx, e) =>
      tx.query(`DELETE FROM project_holders WHERE user_id = $1`, [e.userId]).then(() => undefined),
    );
  }

  /** By id or by slug (exactly one of them); null when nothing matches. */
  async findOne(
    id: string | null | undefined,
    slug: string | null | undefined,
  ): Promise<ProjectEntity | null> {
    if ((id ?? null) === null && (slug ?? null) === null) {
      throw DomainError.badInput('id', 'Give a project id or slug.');
    }
    const repo = this.db.getRepository(ProjectEntity);
    if (id !== null && id !== undefined) {
      if (!isUuid(id)) return null;
      const project = await repo.findOneBy({ id });
      return project && (slug === null || slug === undefined || project.slug === slug) ? project : null;
    }
    return repo.findOneBy({ slug: slug as string });
  }

  /** The creator becomes the first holder. The slug comes from the name and never changes after. */
  async create(viewer: Viewer | null, input: CreateProjectInput): Promise<ProjectEntity> {
    const me = authorize(viewer, 'project.create');
    const fields = validated(input, true);
    const base = slugify(fields.name as string, 70);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.transaction(async (tx) => {
          const slug = await freeSlug(tx, base);
          const { identifiers } = await tx.insert(ProjectEntity, { ...fields, slug });
          const id = identifiers[0].id as string;
          await tx.insert(ProjectHolderEntity, { projectId: id, userId: me.id });
          return tx.findOneByOrFail(ProjectEntity, { id });
        });
      } catch (e) {
        // Two projects of the same name created at once: the loser takes the next slug.
        if (attempt < 10 && isUniqueViolation(e)) continue;
        throw e;
      }
    }
  }

  async update(viewer: Viewer | null, id: string, input: UpdateProjectInput): Promise<ProjectEntity> {
    requireViewer(viewer);
    const project = isUuid(id) ? await this.db.getRepository(ProjectEntity).findOneBy({ id }) : null;
    if (!project) throw DomainError.notFound('This project');
    authorize(viewer, 'project.edit', { holderIds: await holdersOf(this.db.manager, project.id) });
    const fields = validated(input, false);
    if (Object.keys(fields).length > 0)
      await this.db.getRepository(ProjectEntity).update({ id: project.id }, fields);
    return this.db.getRepository(ProjectEntity).findOneByOrFail({ id: project.id });
  }

  /** Idempotent. The new holder follows the project's challenges, as holders do. */
  async addHolder(viewer: Viewer | null, projectId: string, userId: string): Promise<ProjectEntity> {
    requireViewer(viewer);
    return this.db.transaction(async (tx) => {
      const project = isUuid(projectId) ? await tx.findOneBy(ProjectEntity, { id: projectId }) : null;
      if (!project) throw DomainError.notFound('This project');
      authorize(viewer, 'project.addHolder', { holderIds: await holdersOf(tx, project.id) });
      const user = isUuid(userId)
        ? await tx.findOneBy(UserEntity, { id: userId, deletedAt: IsNull() })
        : null;
      if (!user) throw DomainError.notFound('This person');
      await tx
        .createQueryBuilder()
        .insert()
        .into(ProjectHolderEntity)
        .values({ projectId, userId })
        .orIgnore()
        .execute();
      await tx.query(
        `INSERT INTO challenge_follows (challenge_id, user_id)
         SELECT id, $2 FROM challenges WHERE project_id = $1 ON CONFLICT DO NOTHING`,
        [projectId, userId],
      );
      return project;
    });
  }

  /** Projects by name, optionally in one city. */
  page<N>(
    args: { first?: number | null; after?: string | null; city?: string | null },
    toNode: (e: ProjectEntity) => N,
  ): Promise<Page<N>> {
    const qb = this.db.getRepository(ProjectEntity).createQueryBuilder('p');
    if (args.city?.trim()) qb.where('lower(p.city) = lower(:city)', { city: args.city.trim() });
    return keysetPage(
      qb,
      this.cursors,
      {
        order: 'PROJECT_NAME',
        keys: [
          { sql: 'lower(p.name)', direction: 'ASC', type: 'text', alias: 'k_name' },
          { sql: 'p.id', direction: 'ASC', type: 'uuid', alias: 'k_id' },
        ],
        first: args.first,
        after: args.after,
      },
      toNode,
    );
  }
}
