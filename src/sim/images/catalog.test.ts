import { describe, expect, it } from 'vitest';
import { resolveImage } from './catalog';
import { defaultPullPolicy, parseImageRef, qualified } from './ref';
import type { ProgramCtx } from './types';

function ctx(): ProgramCtx & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    argv: [],
    env: {},
    hostname: 'kubia-abc',
    podIP: '10.244.1.5',
    hostIP: '192.168.0.101',
    nodeName: 'k8s-node1',
    fs: { read: () => undefined, write: () => true, exists: () => false, mkdirp: () => {}, list: () => [] },
    log: (l) => lines.push(l),
    every: () => {},
    after: () => {},
    exit: () => {},
    now: () => 0,
    random: () => 0,
    apiServer: (req) => ({ status: 200, body: `${req.method} ${req.path} ${req.headers.Authorization ?? 'anonymous'}` }),
    etcdAnswers: () => true,
  };
}

describe('image references', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx/aplin', 'docker.io/nginx/aplin:latest'],
    ['luksa/kubia:v2', 'docker.io/luksa/kubia:v2'],
    ['registry.k8s.io/coredns/coredns:v1.12.1', 'registry.k8s.io/coredns/coredns:v1.12.1'],
  ])('normalizes %s to %s', (raw, want) => {
    const r = parseImageRef(raw);
    expect('error' in r ? r.error : qualified(r)).toBe(want);
  });

  it('rejects upper case repository names', () => {
    expect(parseImageRef('Nginx')).toEqual({ error: 'couldn\'t parse image reference "Nginx": invalid reference format: repository name (library/Nginx) must be lowercase' });
  });

  it('defaults the pull policy from the tag', () => {
    expect(defaultPullPolicy('nginx')).toBe('Always');
    expect(defaultPullPolicy('nginx:latest')).toBe('Always');
    expect(defaultPullPolicy('nginx:1.29')).toBe('IfNotPresent');
  });

  it('knows the catalog and fails typos as a registry would', () => {
    expect(resolveImage('nginx:alpine').ok).toBe(true);
    expect(resolveImage('mysql:5.6').ok).toBe(true);
    const typo = resolveImage('nginx/aplin');
    expect(typo.ok).toBe(false);
    expect(!typo.ok && typo.error).toContain('pull access denied, repository does not exist or may require authorization');
    const tag = resolveImage('nginx:aplin');
    expect(!tag.ok && tag.error).toBe('failed to pull and unpack image "docker.io/library/nginx:aplin": failed to resolve reference "docker.io/library/nginx:aplin": docker.io/library/nginx:aplin: not found');
  });
});

describe('image behaviour', () => {
  const serve = (image: string, n: number) => {
    const r = resolveImage(image);
    if (!r.ok) throw new Error('missing');
    const c = ctx();
    const p = r.def.daemons!.node(c);
    const answers = Array.from({ length: n }, () => p.http![8080]({ method: 'GET', path: '/', headers: {}, clientIP: '10.244.2.7' }));
    return { answers, lines: c.lines };
  };

  it('kubia answers with its hostname and logs each request', () => {
    const { answers, lines } = serve('luksa/kubia', 1);
    expect(answers[0]).toEqual({ status: 200, body: "You've hit kubia-abc\n" });
    expect(lines).toEqual(['Kubia server starting...', 'Received request from ::ffff:10.244.2.7']);
  });

  it('kubia:v3 fails from the fifth request on', () => {
    const { answers } = serve('luksa/kubia:v3', 6);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 500, 500]);
    expect(answers[4].body).toBe('Some internal error has occurred! This is pod kubia-abc\n');
    expect(answers[0].body).toBe('This is v3 running in pod kubia-abc\n');
  });

  it('kubia-unhealthy fails after five requests', () => {
    const { answers } = serve('luksa/kubia-unhealthy', 7);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 500, 500]);
  });
});
