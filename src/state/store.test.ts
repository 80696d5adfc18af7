import { describe, expect, it } from 'vitest';
import { inProcessWorker } from './inProcessWorker';
import { createAppStore } from './store';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('app store', () => {
  it('defaults the language from the browser and persists switches', () => {
    const storage = memoryStorage();
    const a = createAppStore({ worker: inProcessWorker, storage, languages: ['zh-CN', 'en'] });
    expect(a.getState().lang).toBe('zh');
    a.getState().setLang('en');
    a.getState().setTheme('dark');
    const b = createAppStore({ worker: inProcessWorker, storage, languages: ['zh-CN'] });
    expect(b.getState().lang).toBe('en');
    expect(b.getState().theme).toBe('dark');
  });

  it('manages editor tabs: open, rename, close', () => {
    const s = createAppStore({ worker: inProcessWorker }).getState;
    s().setFiles({ 'a.yaml': 'a', 'b.yaml': 'b' });
    s().openFile('c.yaml', 'c');
    expect(s().active).toBe('c.yaml');
    expect(s().renameFile('c.yaml', 'a.yaml')).toBe(false);
    expect(s().renameFile('c.yaml', 'd.yaml')).toBe(true);
    expect(s().order).toEqual(['a.yaml', 'b.yaml', 'd.yaml']);
    s().closeFile('d.yaml');
    expect(s().active).toBe('b.yaml');
    expect(s().freshName()).toBe('untitled.yaml');
  });

  it('boots the sim, runs commands, and logs them with their files for share links', async () => {
    const store = createAppStore({ worker: inProcessWorker });
    const s = store.getState;
    await s().boot({ seed: 9, files: { 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n' } });
    expect(s().ready).toBe(true);
    expect(s().view?.objects.length).toBeGreaterThan(0);
    const r = await s().apply('ns.yaml');
    expect(r.out).toContain('namespace/team-a created');
    expect(s().log).toHaveLength(1);
    expect(s().log[0].text).toBe('kubectl apply -f ns.yaml');
    s().setFile('ns.yaml', 'changed');
    await s().run('kubectl get ns team-a');
    expect(s().log[1].files).toEqual({ 'ns.yaml': 'changed' });
    expect(s().diagnostics).toEqual([]);
  });

  it('takes files the shell wrote into the editor', async () => {
    const store = createAppStore({ worker: inProcessWorker });
    const s = store.getState;
    await s().boot({ seed: 1, files: {} });
    await s().run("cat > x.yaml <<'EOF'\nkind: Pod\nEOF");
    expect(s().files['x.yaml']).toBe('kind: Pod\n');
  });

  it("shows a step's tabs while the cluster boots, and an edit made meanwhile reaches the worker", async () => {
    const store = createAppStore({ worker: inProcessWorker });
    const s = store.getState;
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: c\n    image: nginx\n';
    const booting = s().boot({ seed: 2, files: {}, log: [{ at: 0, text: 'kubectl create ns hidden', hidden: true }], finalFiles: { 'pod.yaml': 'draft' }, active: 'pod.yaml' });
    expect(s().ready).toBe(false);
    expect(s().files).toEqual({ 'pod.yaml': 'draft' });
    expect(s().active).toBe('pod.yaml');
    s().setFile('pod.yaml', pod);
    await booting;
    expect(s().files['pod.yaml']).toBe(pod);
    expect((await s().run('cat pod.yaml')).out).toBe(pod);
  });
});
