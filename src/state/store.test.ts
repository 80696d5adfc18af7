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
});
