import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('curl from outside the cluster', { timeout: 60_000 }, () => {
  it('reaches a NodePort on every node and shows a verbose exchange', () => {
    const t = transcriptOf('nodeport-curl.sh', 1);
    expect(outputOf(t, `kubectl patch svc kubia -p '{"spec":{"ports":[{"port":80,"nodePort":30123}]}}'`)).toBe('service/kubia patched\n');
    expect(outputOf(t, 'curl -s http://192.168.0.101:30123')).toMatch(/^You've hit kubia-[4-9bcdf]+-[bcdfghjklmnpqrstvwxz2456789]{5}\n$/);
    expect(outputOf(t, 'curl -s http://192.168.0.102:30123')).toMatch(/^You've hit kubia-/);
    const v = outputOf(t, 'curl -sv http://192.168.0.100:30123');
    expect(v).toContain('> Host: 192.168.0.100:30123\n');
    expect(v).toContain('< HTTP/1.1 200 OK\n');
    expect(v).toMatch(/\* Connection #0 to host 192\.168\.0\.100 left intact\n$/);
  });
});
