import { ErrorCode, Role } from '@ouimake/domain';
import { DomainError } from '../graphql/domain-error';
import { authorize, can } from './policy';

const member = { id: 'm', role: Role.MEMBER, sessionId: 's1' };
const facilitator = { id: 'f', role: Role.FACILITATOR, sessionId: 's2' };
const admin = { id: 'a', role: Role.ADMIN, sessionId: 's3' };

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (e) {
    return (e as DomainError).code;
  }
}

describe('policy', () => {
  it('shows an email to its owner and to admins only', () => {
    expect(can(member, 'user.readEmail', { userId: 'm' })).toBe(true);
    expect(can(member, 'user.readEmail', { userId: 'other' })).toBe(false);
    expect(can(facilitator, 'user.readEmail', { userId: 'other' })).toBe(false);
    expect(can(admin, 'user.readEmail', { userId: 'other' })).toBe(true);
    expect(can(null, 'user.readEmail', { userId: 'm' })).toBe(false);
  });

  it('lets admins only grant roles, list users and read the audit log', () => {
    for (const action of ['user.setRole', 'user.list', 'audit.read'] as const) {
      expect(codeOf(() => authorize(null, action))).toBe(ErrorCode.UNAUTHENTICATED);
      expect(codeOf(() => authorize(member, action))).toBe(ErrorCode.FORBIDDEN);
      expect(codeOf(() => authorize(facilitator, action))).toBe(ErrorCode.FORBIDDEN);
      expect(codeOf(() => authorize(admin, action))).toBeNull();
    }
  });

  it('asks signed-out people to sign in before acting on their account', () => {
    expect(codeOf(() => authorize(null, 'account.updateProfile'))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(authorize(member, 'account.updateProfile')).toBe(member);
  });
});

describe('policy on projects and challenges', () => {
  const holderIds = ['h'];
  const holderViewer = { id: 'h', role: Role.MEMBER, sessionId: 's4' };

  it('lets holders create, edit and publish challenges, and nobody else', () => {
    for (const action of ['challenge.create', 'challenge.edit', 'challenge.publish'] as const) {
      expect(can(holderViewer, action, { holderIds })).toBe(true);
      expect(can(member, action, { holderIds })).toBe(false);
      expect(can(facilitator, action, { holderIds })).toBe(false);
      expect(can(admin, action, { holderIds })).toBe(false);
    }
  });

  it('lets curators (holders, facilitators, admins) close and reopen', () => {
    for (const action of ['challenge.close', 'challenge.reopen', 'challenge.curate'] as const) {
      expect(can(holderViewer, action, { holderIds })).toBe(true);
      expect(can(facilitator, action, { holderIds })).toBe(true);
      expect(can(admin, action, { holderIds })).toBe(true);
      expect(can(member, action, { holderIds })).toBe(false);
    }
  });

  it('lets holders and admins edit a project and add holders', () => {
    for (const action of ['project.edit', 'project.addHolder'] as const) {
      expect(can(holderViewer, action, { holderIds })).toBe(true);
      expect(can(admin, action, { holderIds })).toBe(true);
      expect(can(facilitator, action, { holderIds })).toBe(false);
      expect(can(member, action, { holderIds })).toBe(false);
    }
  });
});
