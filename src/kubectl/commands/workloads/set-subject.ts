/** `kubectl set subject (-f FILENAME | TYPE NAME) [--user=…] [--group=…] [--serviceaccount=ns:name]` (kubectl pkg/cmd/set/set_subject.go). */
import type { KObject } from '../../../sim/types';
import type { CommandDef } from '../../command';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { SET_SUBJECT_HELP } from '../../help/set-subject';
import { DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { SELECTION_FLAGS } from './common';
import { checkSetPrinter, infoName, sendPatches, SET_PRINT_FLAGS, setObjects, type SetPatch } from './set-common';

export const setSubjectCommands: CommandDef[] = [];

/** An rbacv1.Subject, its keys in Go's field order. */
interface Subject {
  kind: string;
  apiGroup?: string;
  name: string;
  namespace?: string;
}

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** sets.NewString(values...).List(): each value once, sorted. */
function sortedSet(values: unknown): string[] {
  return [...new Set((values as string[] | undefined) ?? [])].sort();
}

/** Validate: flag rules, then the service accounts' `<namespace>:<name>` form (a cluster role binding needs the namespace). */
function validate(p: ParsedArgs, objects: { obj: KObject }[]): void {
  if (p.flags.local && dryRunOf(p) === 'server') throw new KubectlError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  if (p.flags.all && p.flags.selector) throw new KubectlError('cannot set --all and --selector at the same time');
  const accounts = (p.flags.serviceaccount as string[] | undefined) ?? [];
  if (![p.flags.user, p.flags.group, accounts].some((v) => ((v as string[] | undefined) ?? []).length)) {
    throw new KubectlError('you must specify at least one value of user, group or serviceaccount');
  }
  for (const sa of accounts) {
    const tokens = sa.split(':');
    if (tokens.length !== 2 || tokens[1] === '') throw new KubectlError('serviceaccount must be <namespace>:<name>');
    if (tokens[0] === '' && objects.some(({ obj }) => obj.kind === 'ClusterRoleBinding')) {
      throw new KubectlError('serviceaccount must be <namespace>:<name>, namespace must be specified');
    }
  }
}

/** The subjects the flags name: users, then groups, then service accounts (an empty namespace is the command's). */
function subjectsOf(p: ParsedArgs, namespace: string): Subject[] {
  return [
    ...sortedSet(p.flags.user).map((name) => ({ kind: 'User', apiGroup: RBAC_GROUP, name })),
    ...sortedSet(p.flags.group).map((name) => ({ kind: 'Group', apiGroup: RBAC_GROUP, name })),
    ...sortedSet(p.flags.serviceaccount).map((sa) => {
      const [ns, name] = sa.split(':');
      return { kind: 'ServiceAccount', name, namespace: ns || namespace };
    }),
  ];
}

/** Go's struct equality of two subjects (absent and empty fields alike). */
function sameSubject(a: Subject, b: Subject): boolean {
  return a.kind === b.kind && (a.apiGroup ?? '') === (b.apiGroup ?? '') && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  checkSetPrinter(p);
  const objects = setObjects(p, ctx, out, p.args);
  if (!objects) return;
  validate(p, objects);
  const wanted = subjectsOf(p, ctx.namespace);
  const patches: SetPatch[] = objects.map(({ obj, plural }) => {
    const upd = structuredClone(obj);
    if (upd.kind !== 'RoleBinding' && upd.kind !== 'ClusterRoleBinding') {
      return { obj, upd, error: `error: ${infoName(obj, plural)} setting subjects is only supported for RoleBinding/ClusterRoleBinding\n` };
    }
    // addSubjects: each wanted subject the binding lacks, appended (compared with the subjects it had)
    const existing = ((upd.subjects as Subject[] | null | undefined) ?? []).slice();
    const added = wanted.filter((s) => !existing.some((e) => sameSubject(e, s)));
    if (added.length) upd.subjects = [...existing, ...added];
    return { obj, upd };
  });
  sendPatches(p, ctx, out, patches, [], { operation: 'subjects updated', failed: 'failed to patch subjects to rolebinding: ' });
}

setSubjectCommands.push({
  path: ['set', 'subject'],
  short: 'Update the user, group, or service account in a role binding or cluster role binding',
  help: SET_SUBJECT_HELP,
  flags: [
    ...SELECTION_FLAGS,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'all', type: 'bool' },
    { name: 'local', type: 'bool' },
    { name: 'user', type: 'stringArray' },
    { name: 'group', type: 'stringArray' },
    { name: 'serviceaccount', type: 'stringArray' },
    ...SET_PRINT_FLAGS,
  ],
  run,
});
