import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace, type EditSession, type Editor } from '../../context';
import { runKubectl } from '../../kubectl';
import { EDIT_UNAVAILABLE } from './edit';

/** kubectl on `cluster` (arguments split at spaces: these commands quote nothing). */
function kubectl(cluster: Cluster, fs: MemoryWorkspace, editor?: Editor) {
  return {
    run(line: string) {
      if (line.startsWith('sleep ')) {
        cluster.advance(Number(line.slice(6)) * 1000);
        return { out: '', code: 0 };
      }
      const r = runKubectl(line.replace(/^kubectl /, '').split(' '), { cluster, fs, namespace: 'default', editor });
      cluster.runUntilIdle();
      return r;
    },
  };
}

/** A shell whose `kubectl edit` opens files in a fake editor, saved by `save()`. */
function editing() {
  const fs = new MemoryWorkspace();
  const cluster = new Cluster({ seed: 1 });
  const open: EditSession[] = [];
  const sh = kubectl(cluster, fs, { open: (s) => open.push(s) });
  const session = () => open[open.length - 1];
  const save = (change: (text: string) => string) => {
    const s = session();
    fs.write(s.file, change(fs.read(s.file)!));
    const turn = s.save(fs.read(s.file)!);
    cluster.runUntilIdle();
    return turn;
  };
  return { fs, cluster, sh, session, save };
}

describe('kubectl edit', () => {
  it('opens the live object under the editor header, and a save patches the live object even after status writes', () => {
    const { fs, sh, session, save } = editing();
    sh.run('kubectl create deployment web --image=nginx:1.25 --replicas=2');
    expect(sh.run('kubectl edit deployment web').out).toBe('');
    const text = fs.read(session().file)!;
    expect(session().file).toBe('deployment-web.yaml');
    expect(text.split('\n').slice(0, 4)).toEqual([
      "# Please edit the object below. Lines beginning with a '#' will be ignored,",
      '# and an empty file will abort the edit. If an error occurs while saving this file will be',
      '# reopened with the relevant failures.',
      '#',
    ]);
    expect(text).toContain('kind: Deployment');
    // the deployment controller writes status meanwhile, so the opened resourceVersion is stale
    sh.run('sleep 30');
    const turn = save((t) => t.replace('image: nginx:1.25', 'image: nginx:1.26'));
    expect(turn).toEqual({ result: { out: 'deployment.apps/web edited\n', code: 0 }, done: true });
    expect(sh.run('kubectl get deploy web -o jsonpath={.metadata.generation}').out).toBe('2');
    expect(sh.run('kubectl rollout status deployment web').out).toContain('successfully rolled out');
  });

  it('cancels an unchanged or emptied file as kubectl does', () => {
    const { sh, save } = editing();
    sh.run('kubectl create configmap c --from-literal=a=1');
    sh.run('kubectl edit cm c');
    expect(save((t) => t.replace(/^# Please.*\n/m, '')).result.out).toBe('Edit cancelled, no changes made.\n');
    sh.run('kubectl edit cm c');
    expect(save((t) => t.replace(/^[^#].*$/gm, '')).result.out).toBe('Edit cancelled, saved file was empty.\n');
  });

  it('reopens an invalid change with the reasons on top; saving it unchanged again gives up', () => {
    const { fs, sh, session, save } = editing();
    sh.run('kubectl create deployment web --image=nginx');
    sh.run('kubectl edit deployment web');
    const turn = save((t) => t.replace('replicas: 1', 'replicas: -1'));
    expect(turn).toEqual({ result: { out: 'error: deployments.apps "web" is invalid\n', code: 1 }, done: false });
    const lines = fs.read(session().file)!.split('\n');
    expect(lines.slice(4, 7)).toEqual(['# deployments.apps "web" was not valid:', '# * spec.replicas: Invalid value: -1: must be greater than or equal to 0', '#']);
    expect(lines[7]).toBe('apiVersion: apps/v1');
    expect(save((t) => t)).toEqual({
      result: { out: 'A copy of your changes has been stored to "deployment-web.yaml"\nerror: Edit cancelled, no valid changes were saved.\n', code: 1 },
      done: true,
    });
  });

  it('reopens a file with a syntax error, and refuses a changed name', () => {
    const { fs, sh, session, save } = editing();
    sh.run('kubectl create configmap c --from-literal=a=1');
    sh.run('kubectl edit cm c');
    // as kubectl v1.34.5 prints it (its client-side validation counts lines without the comments)
    expect(save((t) => t.replace('data:', 'data: ['))).toEqual({ result: { out: 'error: configmaps "c" is invalid\n', code: 1 }, done: false });
    expect(fs.read(session().file)!.split('\n').slice(4, 7)).toEqual([
      '# configmaps "c" was not valid:',
      `# * <nil>: Invalid value: "The edited file failed validation": yaml: line 3: did not find expected ',' or ']'`,
      '#',
    ]);
    sh.run('kubectl edit cm c');
    expect(save((t) => t.replace('name: c', 'name: d')).result).toEqual({
      out: 'A copy of your changes has been stored to "configmap-c.yaml"\nerror: At least one of apiVersion, kind and name was changed\n',
      code: 1,
    });
  });

  it('keeps the edits of an object deleted meanwhile', () => {
    const { sh, save } = editing();
    sh.run('kubectl create configmap c --from-literal=a=1');
    sh.run('kubectl edit cm c');
    sh.run('kubectl delete cm c');
    expect(save((t) => t.replace('a: "1"', 'a: "2"')).result).toEqual({
      out: 'error: configmaps "c" could not be found on the server\nThe edits you made on deleted resources have been saved to "configmap-c.yaml"\n',
      code: 1,
    });
  });

  it('says how to do without an editor, after resolving the object', () => {
    const sh = kubectl(new Cluster({ seed: 1 }), new MemoryWorkspace());
    expect(sh.run('kubectl edit deployment nope').out).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(sh.run('kubectl edit namespace default').out).toBe(EDIT_UNAVAILABLE + '\n');
  });
});
