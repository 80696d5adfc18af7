import { describe, expect, it } from 'vitest';
import { COMMANDS as LISTED } from '.';

/**
 * Every command path kubectl offers, written out: a definition dropped from the list in
 * commands/index.ts would otherwise leave kubectl quietly smaller. A new command is added here as it lands.
 */
const COMMANDS = [
  'annotate', 'api-resources', 'attach', 'api-versions', 'apply', 'apply view-last-applied', 'auth', 'autoscale', 'auth can-i', 'auth whoami', 'certificate', 'cp', 'debug', 'diff', 'kustomize', 'port-forward', 'proxy', 'certificate approve', 'certificate deny', 'completion',
  'cluster-info', 'config', 'config current-context', 'config delete-cluster', 'config delete-context',
  'config delete-user', 'config get-clusters', 'config get-contexts', 'config get-users', 'config rename-context',
  'config set', 'config set-cluster', 'config set-context', 'config set-credentials', 'config unset', 'config use',
  'config use-context', 'config view', 'cordon', 'create',
  'create cj', 'create clusterrole', 'create clusterrolebinding', 'create cm', 'create configmap',
  'create cronjob', 'create deploy', 'create deployment', 'create ing', 'create ingress', 'create job',
  'create namespace', 'create ns', 'create pc', 'create pdb', 'create poddisruptionbudget',
  'create priorityclass', 'create quota', 'create resourcequota', 'create role',
  'create rolebinding', 'create sa', 'create secret docker-registry', 'create secret generic',
  'create secret tls', 'create service clusterip', 'create service externalname',
  'create service loadbalancer', 'create service nodeport', 'create serviceaccount',
  'create svc clusterip', 'create svc externalname', 'create svc loadbalancer', 'create svc nodeport',
  'create token',
  'delete', 'describe', 'drain', 'edit', 'events', 'exec', 'explain', 'expose', 'get', 'label', 'logs', 'options', 'patch', 'plugin', 'plugin list',
  'replace', 'rollout', 'rollout history', 'rollout pause', 'rollout restart', 'rollout resume',
  'rollout status', 'rollout undo', 'run', 'scale', 'set', 'set env', 'set image', 'set resources', 'set sa', 'set selector', 'set serviceaccount', 'set subject', 'taint',
  'top', 'top no', 'top node', 'top nodes', 'top po', 'top pod', 'top pods', 'uncordon', 'version', 'wait',
];

describe('kubectl command registry', () => {
  const registered = LISTED.map((c) => c.path.join(' '));

  it('registers every command of the list', () => {
    expect(COMMANDS.filter((c) => !registered.includes(c))).toEqual([]);
  });

  it('registers no command missing from the list, and none twice', () => {
    expect(registered.filter((c) => !COMMANDS.includes(c))).toEqual([]);
    expect(registered.filter((c, i) => registered.indexOf(c) !== i)).toEqual([]);
  });
});
