import { describe, expect, it } from 'vitest';
import type { KObject } from '../../sim/types';
import { complete } from './complete';

const data = { commands: [['get'], ['describe'], ['delete'], ['rollout', 'status'], ['rollout', 'history'], ['create', 'deployment']], resources: ['pods', 'pod', 'po', 'services', 'svc', 'deployments', 'deploy'] };
const objects = [
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kubia-abc12', namespace: 'default' } },
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kubia-xyz34', namespace: 'default' } },
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia', namespace: 'default' } },
] as KObject[];

const at = (line: string) => complete(line, line.length, data, objects);

describe('terminal tab completion', () => {
  it('completes the command name', () => {
    expect(at('kub').line).toBe('kubectl ');
  });

  it('completes kubectl subcommands and multi-word paths', () => {
    expect(at('kubectl desc').line).toBe('kubectl describe ');
    expect(at('kubectl rollout st').line).toBe('kubectl rollout status ');
  });

  it('completes resource types', () => {
    expect(at('kubectl get servi').line).toBe('kubectl get services ');
  });

  it('completes names from the current view and lists several candidates', () => {
    expect(at('kubectl get svc ku').line).toBe('kubectl get svc kubia ');
    const r = at('kubectl describe pod ku');
    expect(r.line).toBe('kubectl describe pod kubia-');
    expect(r.candidates).toEqual(['kubia-abc12', 'kubia-xyz34']);
  });

  it('leaves the line alone when nothing fits', () => {
    expect(at('kubectl get zzz').line).toBe('kubectl get zzz');
  });
});
