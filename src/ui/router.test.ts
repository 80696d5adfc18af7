import { describe, expect, it } from 'vitest';
import { pageFlags, parseRoute } from './router';

describe('routes', () => {
  it('map paths to pages', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' });
    expect(parseRoute('/play/')).toEqual({ page: 'play' });
    expect(parseRoute('/lessons/services/expose')).toEqual({ page: 'lesson', lessonId: 'services', stepId: 'expose' });
    expect(parseRoute('/lessons/services')).toEqual({ page: 'lesson', lessonId: 'services', stepId: null });
    expect(parseRoute('/nope/x')).toEqual({ page: 'notFound', path: '/nope/x' });
  });

  it('read embed, presenter, seed and cluster size flags', () => {
    expect(pageFlags('?embed=1&present=0')).toEqual({ embed: true, present: false, seed: undefined, cluster: undefined });
    expect(pageFlags('?seed=42&workers=12&maxpods=1200')).toEqual({ embed: false, present: false, seed: 42, cluster: { workers: 12, maxPods: 1200 } });
    expect(pageFlags('?seed=abc').seed).toBeUndefined();
    expect(pageFlags('?etcd=5').cluster).toEqual({ etcdMembers: 5 });
    expect(pageFlags('?etcd=9&workers=2').cluster).toEqual({ workers: 2, etcdMembers: 7 });
    expect(pageFlags('?etcd=x').cluster).toBeUndefined();
  });
});
