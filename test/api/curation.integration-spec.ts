import { ChallengeStatus, Role } from '@ouimake/domain';
import { ChallengeEntity } from '../../apps/api/src/modules/challenges/challenge.entity';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { signUp, type Account } from './support/accounts';
import { createChallenge, createProject } from './support/factories';
import { expectCountersMatchRows } from './support/invariants';
import { ACTIVITY, subscribe, type Activity, type Feed } from './support/live';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

let t: TestApp;
const feeds: Feed<Activity>[] = [];
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await Promise.all(feeds.map((f) => f.close().catch(() => undefined)));
  await t.close();
});

const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions.code;
const field = (res: GraphQLResponse) => res.errors?.[0]?.extensions.field;
const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function board(options: Partial<ChallengeEntity> = {}) {
  const holder = await signUp(t);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: holder.id });
  const project = await createProject(t.dataSource, {}, [user]);
  const challenge = await createChallenge(t.dataSource, project, user, {
    status: ChallengeStatus.OPEN,
    ...options,
  });
  return { holder, challengeId: challenge.id };
}

async function propose(who: Account, c: string, title = 'Une idée', body = ''): Promise<string> {
  const res = await t.gql(
    `mutation($c: ID!, $title: String!, $body: String!) { proposeIdea(input: { challengeId: $c, title: $title, body: $body }) { id } }`,
    { c, title, body },
    who.headers,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.proposeIdea.id;
}

const VOTE = `mutation($id: ID!) { vote(ideaId: $id) { id } }`;
const vote = (who: Account, id: string) => t.gql(VOTE, { id }, who.headers);
const comment = async (who: Account, id: string, body = 'Bonne idée') =>
  (
    await t.gql(
      `mutation($id: ID!, $b: String!) { addComment(input: { ideaId: $id, body: $b }) { id } }`,
      { id, b: body },
      who.headers,
    )
  ).data!.addComment.id as string;

const setStatus = (who: Account, id: string, status: string) =>
  t.gql(
    `mutation($id: ID!, $s: IdeaStatus!) { setIdeaStatus(id: $id, status: $s) { id status } }`,
    { id, s: status },
    who.headers,
  );
const merge = (who: Account, s: string, target: string) =>
  t.gql(
    `mutation($s: ID!, $t: ID!) { mergeIdeas(sourceId: $s, targetId: $t) { id voteCount } }`,
    { s, t: target },
    who.headers,
  );
const hideIdea = (who: Account, id: string, reason = 'Propos hors charte') =>
  t.gql(
    `mutation($id: ID!, $r: String!) { hideIdea(id: $id, reason: $r) { id hidden hiddenReason } }`,
    { id, r: reason },
    who.headers,
  );
const report = (who: Account, kind: 'Idea' | 'Comment', id: string, reason = 'Contenu blessant') =>
  t.gql(
    `mutation($id: ID!, $r: String!) { report${kind}(id: $id, reason: $r) { id status } }`,
    { id, r: reason },
    who.headers,
  );

async function auditActions(targetId: string): Promise<string[]> {
  const rows: { action: string }[] = await t.dataSource.query(
    `SELECT action FROM audit_entries WHERE target_id = $1 ORDER BY at, id`,
    [targetId],
  );
  return rows.map((r) => r.action);
}

describe('idea statuses', () => {
  it('are set by the challenge’s curators, with an audit entry each, and MERGED only by a merge', async () => {
    const { holder, challengeId } = await board();
    const author = await signUp(t);
    const id = await propose(author, challengeId);
    const facilitator = await signUp(t, { role: Role.FACILITATOR });
    expect((await setStatus(holder, id, 'SHORTLISTED')).data!.setIdeaStatus.status).toBe('SHORTLISTED');
    expect((await setStatus(facilitator, id, 'SELECTED')).data!.setIdeaStatus.status).toBe('SELECTED');
    expect((await setStatus(holder, id, 'PROPOSED')).data!.setIdeaStatus.status).toBe('PROPOSED');
    const merged = await setStatus(holder, id, 'MERGED');
    expect([code(merged), field(merged)]).toEqual(['BAD_USER_INPUT', 'status']);
    expect(code(await setStatus(author, id, 'SHORTLISTED'))).toBe('FORBIDDEN');

    // A holder of another project is no curator here.
    const other = await board();
    expect(code(await setStatus(other.holder, id, 'SHORTLISTED'))).toBe('FORBIDDEN');
    expect(await auditActions(id)).toEqual(['idea.setStatus', 'idea.setStatus', 'idea.setStatus']);
  });

  it('are filtered: the shortlist of a challenge', async () => {
    const { holder, challengeId } = await board();
    const a = await propose(holder, challengeId, 'Retenue');
    await propose(holder, challengeId, 'Pas encore');
    await setStatus(holder, a, 'SHORTLISTED');
    const res = await t.gql(
      `query($c: ID!) { challenge(id: $c) { ideas(status: [SHORTLISTED]) { totalCount edges { node { id } } } } }`,
      { c: challengeId },
    );
    expect(res.data!.challenge.ideas.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a]);
  });

  it('close a challenge with its selected ideas, or refuse ideas of another challenge and change nothing', async () => {
    const { holder, challengeId } = await board();
    const a = await propose(holder, challengeId, 'Choisie');
    const b = await propose(holder, challengeId, 'Pas choisie');
    const elsewhere = await propose(holder, (await board()).challengeId, 'Ailleurs');
    const CLOSE = `mutation($c: ID!, $ids: [ID!]) { closeChallenge(id: $c, outcome: "Merci à tous", selectedIdeaIds: $ids) { status } }`;
    const refused = await t.gql(CLOSE, { c: challengeId, ids: [a, elsewhere] }, holder.headers);
    expect([code(refused), field(refused)]).toEqual(['BAD_USER_INPUT', 'selectedIdeaIds']);
    const still = await t.gql(`query($c: ID!) { challenge(id: $c) { status } }`, { c: challengeId });
    expect(still.data!.challenge.status).toBe('OPEN');

    expect(
      (await t.gql(CLOSE, { c: challengeId, ids: [a] }, holder.headers)).data!.closeChallenge.status,
    ).toBe('CLOSED');
    const ideas = await t.gql(
      `query($a: ID!, $b: ID!) { a: idea(id: $a) { status } b: idea(id: $b) { status } }`,
      { a, b },
    );
    expect(ideas.data).toEqual({ a: { status: 'SELECTED' }, b: { status: 'PROPOSED' } });
  });
});

describe('what became of an idea', () => {
  it('is told by its timeline and on its author’s list of ideas', async () => {
    const { holder, challengeId } = await board();
    const author = await signUp(t);
    const idea = await propose(author, challengeId, 'Un planning partagé');
    const target = await propose(holder, challengeId, 'Un planning des bénévoles');
    await setStatus(holder, idea, 'SHORTLISTED');
    await merge(holder, idea, target);
    await t.gql(
      `mutation($c: ID!) { closeChallenge(id: $c, outcome: "On teste le planning") { id } }`,
      { c: challengeId },
      holder.headers,
    );
    const res = await t.gql(
      `query($i: ID!) { idea(id: $i) { timeline { kind outcome mergedInto { id } } } myIdeas { edges { node { id status } } } }`,
      { i: idea },
      author.headers,
    );
    expect(res.data!.idea.timeline).toEqual([
      { kind: 'PROPOSED', outcome: null, mergedInto: null },
      { kind: 'SHORTLISTED', outcome: null, mergedInto: null },
      { kind: 'MERGED', outcome: null, mergedInto: { id: target } },
      { kind: 'CHALLENGE_CLOSED', outcome: 'On teste le planning', mergedInto: null },
    ]);
    expect(res.data!.myIdeas.edges).toEqual([{ node: { id: idea, status: 'MERGED' } }]);
    expect(code(await t.gql(`{ myIdeas { totalCount } }`))).toBe('UNAUTHENTICATED');
  });
});

describe('merging ideas', () => {
  it('moves each voter’s vote once to the target and gives back the budget of who voted both', async () => {
    const { holder, challengeId } = await board({ voteBudget: 3 });
    const source = await propose(holder, challengeId, 'Un planning partagé');
    const target = await propose(holder, challengeId, 'Un planning des bénévoles');
    const [both, sourceOnly, targetOnly] = await Promise.all([signUp(t), signUp(t), signUp(t)]);
    for (const [who, ids] of [
      [both, [source, target]],
      [sourceOnly, [source]],
      [targetOnly, [target]],
    ] as const)
      for (const id of ids) expect((await vote(who, id)).errors).toBeUndefined();
    const remark = await comment(sourceOnly, source, 'Le même que l’autre');

    const merged = await merge(holder, source, target);
    expect(merged.data!.mergeIdeas).toEqual({ id: target, voteCount: 3 });
    const after = await t.gql(
      `query($s: ID!, $c: ID!) { idea(id: $s) { status voteCount mergedInto { id } comments { edges { node { id } } } }
         challenge(id: $c) { ideaCount viewerVotesLeft } }`,
      { s: source, c: challengeId },
      both.headers,
    );
    expect(after.data!.idea).toEqual({
      status: 'MERGED',
      voteCount: 0,
      mergedInto: { id: target },
      comments: { edges: [{ node: { id: remark } }] },
    });
    // Two votes given, one given back: 3 - 1 = 2 left.
    expect(after.data!.challenge).toEqual({ ideaCount: 1, viewerVotesLeft: 2 });
    // Voting for a merged idea is refused; the target is where votes go.
    expect(code(await vote(targetOnly, source))).toBe('CONFLICT');
    expect(await auditActions(source)).toEqual(['idea.merge']);
    await expectCountersMatchRows(t, challengeId);
  });

  it('refuses merging into itself, into a merged idea, across challenges, and changes nothing', async () => {
    const { holder, challengeId } = await board();
    const [a, b, c] = [
      await propose(holder, challengeId, 'Aaa'),
      await propose(holder, challengeId, 'Bbb'),
      await propose(holder, challengeId, 'Ccc'),
    ];
    const elsewhere = await propose(holder, (await board()).challengeId, 'Ddd');
    const self = await merge(holder, a, a);
    expect([code(self), field(self)]).toEqual(['BAD_USER_INPUT', 'targetId']);
    const across = await merge(holder, a, elsewhere);
    expect([code(across), field(across)]).toEqual(['BAD_USER_INPUT', 'targetId']);
    expect((await merge(holder, b, c)).errors).toBeUndefined();
    const intoMerged = await merge(holder, a, b);
    expect([code(intoMerged), field(intoMerged)]).toEqual(['BAD_USER_INPUT', 'targetId']);
    const again = await merge(holder, b, a);
    expect([code(again), field(again)]).toEqual(['BAD_USER_INPUT', 'sourceId']);
    const statuses = await t.gql(`query($a: ID!) { idea(id: $a) { status } }`, { a });
    expect(statuses.data!.idea.status).toBe('PROPOSED');
    await expectCountersMatchRows(t, challengeId);
  });

  it('counts racing votes once on the target or refuses them: never lost, never doubled', async () => {
    const { holder, challengeId } = await board({ voteBudget: 2 });
    const source = await propose(holder, challengeId, 'Source');
    const target = await propose(holder, challengeId, 'Cible');
    const voters = await Promise.all(Array.from({ length: 24 }, () => signUp(t)));
    // Half voted for the source before; everyone now votes for both while the merge runs.
    for (const v of voters.slice(0, 12)) await vote(v, source);
    const racing = voters.flatMap((v) => [vote(v, source), vote(v, target)]);
    const [mergeResult, ...results] = await Promise.all([
      (async () => {
        await quiet(20);
        return merge(holder, source, target);
      })(),
      ...racing,
    ]);
    expect(mergeResult.errors).toBeUndefined();
    expect(results.map(code).filter((c) => c && c !== 'CONFLICT')).toEqual([]);

    // Everyone who voted (before, or successfully during the race) has exactly one vote, on the target.
    const rows: { user_id: string; idea_id: string }[] = await t.dataSource.query(
      `SELECT user_id, idea_id FROM votes WHERE challenge_id = $1`,
      [challengeId],
    );
    expect(rows.every((r) => r.idea_id === target)).toBe(true);
    const perVoter = new Map<string, number>();
    for (const r of rows) perVoter.set(r.user_id, (perVoter.get(r.user_id) ?? 0) + 1);
    expect([...perVoter.values()].every((n) => n === 1)).toBe(true);
    voters.forEach((v, i) => {
      const acknowledged = i < 12 || !results[2 * i].errors || !results[2 * i + 1].errors;
      expect([v.id, perVoter.get(v.id) ?? 0]).toEqual([v.id, acknowledged ? 1 : 0]);
    });
    await expectCountersMatchRows(t, challengeId);
  });
});

describe('hidden content', () => {
  it('leaks nowhere to participants and visitors, field by field, and stays with its author and curators', async () => {
    const { holder, challengeId } = await board();
    const author = await signUp(t);
    const participant = await signUp(t);
    const hidden = await propose(author, challengeId, 'Un planning des bénévoles', 'Texte à cacher');
    const kept = await propose(participant, challengeId, 'Un planning partagé des bénévoles');
    const remark = await comment(author, kept, 'Commentaire à cacher');
    const onParticipant = await watch(challengeId, participant);
    const onVisitor = await watch(challengeId);
    const onAuthor = await watch(challengeId, author);
    const onCurator = await watch(challengeId, holder);

    const res = await hideIdea(holder, hidden);
    expect(res.data!.hideIdea).toEqual({ id: hidden, hidden: true, hiddenReason: 'Propos hors charte' });
    expect(
      (
        await t.gql(
          `mutation($id: ID!) { hideComment(id: $id, reason: "Publicité") { hidden } }`,
          { id: remark },
          holder.headers,
        )
      ).data!.hideComment.hidden,
    ).toBe(true);

    const PROBE = `query($h: ID!, $k: ID!, $c: ID!) {
      hidden: idea(id: $h) { id hiddenReason }
      kept: idea(id: $k) { commentCount comments { edges { node { id hidden hiddenReason } } } similar { id } }
      similarIdeas(challengeId: $c, text: "planning des bénévoles") { id }
      challenge(id: $c) { ideaCount ideas { totalCount edges { node { id } } } }
    }`;
    const look = (who?: Account) => t.gql(PROBE, { h: hidden, k: kept, c: challengeId }, who?.headers ?? {});
    for (const who of [participant, undefined]) {
      const r = (await look(who)).data!;
      expect(r.hidden).toBeNull();
      expect(r.kept.comments.edges).toEqual([]);
      expect(r.kept.commentCount).toBe(0);
      expect(r.kept.similar).toEqual([]);
      expect(r.similarIdeas.map((i: { id: string }) => i.id)).toEqual([kept]);
      expect(r.challenge.ideaCount).toBe(1);
      expect(r.challenge.ideas.totalCount).toBe(1);
      expect(r.challenge.ideas.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([kept]);
    }
    const byAuthor = (await look(author)).data!;
    expect(byAuthor.hidden).toEqual({ id: hidden, hiddenReason: 'Propos hors charte' });
    // Her own hidden idea counts on her wall, as it shows there.
    expect(byAuthor.challenge.ideas.totalCount).toBe(2);
    expect(byAuthor.challenge.ideas.edges).toHaveLength(2);
    expect(byAuthor.kept.comments.edges).toEqual([
      { node: { id: remark, hidden: true, hiddenReason: 'Publicité' } },
    ]);
    const byCurator = (await look(holder)).data!;
    expect(byCurator.hidden).not.toBeNull();
    expect(byCurator.challenge.ideas.totalCount).toBe(2);

    // Live: participants and visitors are told to remove it; the author and curators see it hidden.
    for (const feed of [onParticipant, onVisitor]) {
      expect((await feed.next((e) => e.kind === 'IDEA_REMOVED')).ideaId).toBe(hidden);
      expect((await feed.next((e) => e.kind === 'COMMENT_REMOVED')).commentId).toBe(remark);
      expect(feed.events.some((e) => e.idea?.id === hidden && e.kind !== 'IDEA_PROPOSED')).toBe(false);
      expect(JSON.stringify(feed.events)).not.toContain('Texte à cacher');
    }
    for (const feed of [onAuthor, onCurator]) {
      expect((await feed.next((e) => e.kind === 'IDEA_UPDATED' && e.idea?.id === hidden)).idea?.hidden).toBe(
        true,
      );
      expect(feed.events.some((e) => e.kind === 'IDEA_REMOVED')).toBe(false);
    }
    expect(await auditActions(hidden)).toEqual(['idea.hide']);

    // Shown again: back for everyone, live too.
    await t.gql(`mutation($id: ID!) { unhideIdea(id: $id) { hidden } }`, { id: hidden }, holder.headers);
    expect((await look(participant)).data!.hidden).toEqual({ id: hidden, hiddenReason: null });
    expect(
      (await onVisitor.next((e) => e.kind === 'IDEA_PROPOSED' && e.idea?.id === hidden)).idea?.hidden,
    ).toBe(false);
    await expectCountersMatchRows(t, challengeId);
  });

  it('cannot be voted for, commented or reported by those who cannot see it', async () => {
    const { holder, challengeId } = await board();
    const id = await propose(await signUp(t), challengeId);
    await hideIdea(holder, id);
    const p = await signUp(t);
    expect(code(await vote(p, id))).toBe('NOT_FOUND');
    expect(code(await report(p, 'Idea', id))).toBe('NOT_FOUND');
    expect(
      code(
        await t.gql(
          `mutation($id: ID!) { addComment(input: { ideaId: $id, body: "Hé" }) { id } }`,
          { id },
          p.headers,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('reports', () => {
  it('are made once per person; three people hide the content pending review', async () => {
    const { challengeId } = await board();
    const id = await propose(await signUp(t), challengeId);
    const [a, b, c] = await Promise.all([signUp(t), signUp(t), signUp(t)]);
    expect((await report(a, 'Idea', id)).data!.reportIdea.status).toBe('OPEN');
    expect(code(await report(a, 'Idea', id))).toBe('CONFLICT');
    const short = await report(b, 'Idea', id, 'x');
    expect([code(short), field(short)]).toEqual(['BAD_USER_INPUT', 'reason']);
    await report(b, 'Idea', id);
    expect((await t.gql(`query($id: ID!) { idea(id: $id) { id } }`, { id })).data!.idea).not.toBeNull();
    await report(c, 'Idea', id);
    expect((await t.gql(`query($id: ID!) { idea(id: $id) { id } }`, { id })).data!.idea).toBeNull();
    await expectCountersMatchRows(t, challengeId);
  });

  it('counts three different people exactly once each under parallel reports', async () => {
    const { challengeId } = await board();
    const id = await propose(await signUp(t), challengeId);
    const people = await Promise.all(Array.from({ length: 6 }, () => signUp(t)));
    const results = await Promise.all(people.flatMap((p) => [report(p, 'Idea', id), report(p, 'Idea', id)]));
    const codes = results.map(code);
    // Each person's second report is a CONFLICT, or NOT_FOUND once the idea was hidden by three.
    expect(codes.filter((c) => c === undefined).length).toBeGreaterThanOrEqual(3);
    expect(codes.filter((c) => c && c !== 'CONFLICT' && c !== 'NOT_FOUND')).toEqual([]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM reports WHERE idea_id = $1`, [
      id,
    ]);
    expect(n).toBe(codes.filter((c) => c === undefined).length);
    await expectCountersMatchRows(t, challengeId);
  });

  it('are listed and resolved by facilitators and admins: hide (ACTIONED) or dismiss (DISMISSED, shown again)', async () => {
    const { holder, challengeId } = await board();
    const facilitator = await signUp(t, { role: Role.FACILITATOR });
    const author = await signUp(t);
    const idea = await propose(author, challengeId, 'Idée signalée');
    const remark = await comment(author, idea, 'Commentaire signalé');
    const reporters = await Promise.all(Array.from({ length: 3 }, () => signUp(t)));
    // The comment first: once three reports hide the idea, its thread is out of reach too.
    const commentReport = (await report(reporters[0], 'Comment', remark)).data!.reportComment.id as string;
    const ideaReports: string[] = [];
    for (const r of reporters)
      ideaReports.push((await report(r, 'Idea', idea)).data!.reportIdea.id as string);

    const QUEUE = `query { reports(status: [OPEN], first: 100) { edges { node { id reason reporter { id } idea { id hidden } comment { id } } } } }`;
    expect(code(await t.gql(QUEUE, {}, holder.headers))).toBe('FORBIDDEN');
    const queue = (await t.gql(QUEUE, {}, facilitator.headers)).data!.reports.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(queue).toEqual(expect.arrayContaining([...ideaReports, commentReport]));

    // Dismissing one report of the auto-hidden idea dismisses them all and shows it again.
    const RESOLVE = `mutation($id: ID!, $hide: Boolean!) { resolveReport(id: $id, hide: $hide) { status resolvedBy { id } } }`;
    const dismissed = await t.gql(RESOLVE, { id: ideaReports[0], hide: false }, facilitator.headers);
    expect(dismissed.data!.resolveReport).toEqual({
      status: 'DISMISSED',
      resolvedBy: { id: facilitator.id },
    });
    expect((await t.gql(`query($id: ID!) { idea(id: $id) { hidden } }`, { id: idea })).data!.idea).toEqual({
      hidden: false,
    });
    expect(code(await t.gql(RESOLVE, { id: ideaReports[1], hide: true }, facilitator.headers))).toBe(
      'CONFLICT',
    );

    const actioned = await t.gql(RESOLVE, { id: commentReport, hide: true }, facilitator.headers);
    expect(actioned.data!.resolveReport.status).toBe('ACTIONED');
    const thread = await t.gql(`query($id: ID!) { idea(id: $id) { comments { edges { node { id } } } } }`, {
      id: idea,
    });
    expect(thread.data!.idea.comments.edges).toEqual([]);
    expect(await auditActions(commentReport)).toEqual(['report.resolve']);
    await expectCountersMatchRows(t, challengeId);
  });
});

describe('resources', () => {
  const ADD = `mutation($c: ID!, $title: String!, $url: String!) { addResource(challengeId: $c, title: $title, url: $url) { id title url addedBy { id } } }`;

  it('are titled http(s) links kept by curators, oldest first', async () => {
    const { holder, challengeId } = await board();
    const first = await t.gql(
      ADD,
      { c: challengeId, title: 'Guide du bénévolat', url: 'https://example.org/guide' },
      holder.headers,
    );
    expect(first.data!.addResource).toMatchObject({
      title: 'Guide du bénévolat',
      url: 'https://example.org/guide',
      addedBy: { id: holder.id },
    });
    await t.gql(ADD, { c: challengeId, title: 'Étude', url: 'http://example.org/etude' }, holder.headers);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.org/x',
      '/relative',
      'https://user:pw@example.org/',
    ]) {
      const refused = await t.gql(ADD, { c: challengeId, title: 'Piège', url }, holder.headers);
      expect([url, code(refused), field(refused)]).toEqual([url, 'BAD_USER_INPUT', 'url']);
    }
    const list = await t.gql(`query($c: ID!) { challenge(id: $c) { resources { title } } }`, {
      c: challengeId,
    });
    expect(list.data!.challenge.resources).toEqual([{ title: 'Guide du bénévolat' }, { title: 'Étude' }]);
    const removed = await t.gql(
      `mutation($id: ID!) { removeResource(id: $id) }`,
      { id: first.data!.addResource.id },
      holder.headers,
    );
    expect(removed.data!.removeResource).toBe(first.data!.addResource.id);
    expect(
      (await t.gql(`query($c: ID!) { challenge(id: $c) { resources { title } } }`, { c: challengeId })).data!
        .challenge.resources,
    ).toEqual([{ title: 'Étude' }]);
  });
});

async function watch(challengeId: string, who?: Account): Promise<Feed<Activity>> {
  const feed = await subscribe<Activity>(
    t,
    ACTIVITY.replace('kind challengeId', 'kind challengeId ideaId commentId'),
    { c: challengeId },
    who ? `Bearer ${who.token}` : undefined,
  );
  feeds.push(feed);
  return feed;
}
