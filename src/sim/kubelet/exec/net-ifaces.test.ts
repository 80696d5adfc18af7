import { describe, expect, it } from 'vitest';
import { pod, testCluster } from '../test-util';
import { execInContainer } from '.';

function cluster() {
  const c = testCluster();
  c.api.create(pod('client', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]));
  c.api.create(pod('web', [{ name: 'c', image: 'nginx' }], {}, { labels: { app: 'web' } }));
  c.api.create(pod('host', [{ name: 'c', image: 'luksa/kubia', command: ['/bin/sleep', '9999'] }], { hostNetwork: true }));
  c.api.create(pod('debian', [{ name: 'c', image: 'nginx' }]));
  c.advanceUntil(() => c.api.list('pods', 'default').every((p) => p.status?.podIP && p.status?.phase === 'Running'), 120_000, 200);
  const x = (name: string, argv: string[]) => {
    const t0 = c.now();
    const { out, code } = execInContainer(c, 'default', name, undefined, argv);
    return { out, code, tookMs: c.now() - t0 };
  };
  const ipOf = (name: string): string => c.api.get('pods', 'default', name).status.podIP;
  return { c, x, ipOf };
}

describe('the interfaces of the pod network namespace', () => {
  it('busybox ifconfig: eth0 with the pod IP in the node\'s /24, then lo, as ife_print lays them out', () => {
    const { x, ipOf } = cluster();
    const ip = ipOf('client');
    const bcast = ip.replace(/\.\d+$/, '.255');
    const out = x('client', ['ifconfig']).out;
    expect(out).toMatch(new RegExp(`^eth0 {6}Link encap:Ethernet  HWaddr ([0-9A-F]{2}:){5}[0-9A-F]{2}  \n {10}inet addr:${ip.replace(/\./g, '\\.')}  Bcast:${bcast.replace(/\./g, '\\.')}  Mask:255\\.255\\.255\\.0\n`));
    expect(out).toContain('          UP BROADCAST RUNNING MULTICAST  MTU:1450  Metric:1\n');
    expect(out).toContain(
      'lo        Link encap:Local Loopback  \n          inet addr:127.0.0.1  Mask:255.0.0.0\n          inet6 addr: ::1/128 Scope:Host\n          UP LOOPBACK RUNNING  MTU:65536  Metric:1\n',
    );
    expect(x('client', ['ifconfig', 'eth1'])).toMatchObject({ out: 'ifconfig: eth1: error fetching interface information: Device not found\n', code: 1 });
  });

  it('busybox ip addr: lo first by index, eth0 as the veth end whose peer is in the host namespace', () => {
    const { x, ipOf } = cluster();
    const out = x('client', ['ip', 'a']).out;
    expect(out.startsWith('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n')).toBe(true);
    expect(out).toMatch(/\n2: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1450 qdisc noqueue state UP qlen 1000\n {4}link\/ether ([0-9a-f]{2}:){5}[0-9a-f]{2} brd ff:ff:ff:ff:ff:ff\n/);
    expect(out).toContain(`    inet ${ipOf('client')}/24 brd ${ipOf('client').replace(/\.\d+$/, '.255')} scope global eth0\n       valid_lft forever preferred_lft forever\n`);
    // the link-local address is the MAC's EUI-64
    const mac = /link\/ether (\S+)/.exec(out)![1].split(':').map((h) => parseInt(h, 16));
    const eui = [mac[0] ^ 2, mac[1], mac[2], 0xff, 0xfe, mac[3], mac[4], mac[5]];
    const v6 = [0, 2, 4, 6].map((i) => ((eui[i] << 8) | eui[i + 1]).toString(16)).join(':');
    expect(out).toContain(`    inet6 fe80::${v6}/64 scope link \n`);
    expect(x('client', ['ip', 'link', 'show', 'lo']).out).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n');
  });

  it('busybox ip route (ip r): the default route and the cluster range via the node\'s cni0, the /24 on the link', () => {
    const { x, ipOf } = cluster();
    const ip = ipOf('client');
    const subnet = ip.replace(/\.\d+$/, '');
    // print_route: no "proto kernel", a blank after each word, two before src
    const table = `default via ${subnet}.1 dev eth0 \n10.244.0.0/16 via ${subnet}.1 dev eth0 \n${subnet}.0/24 dev eth0 scope link  src ${ip} \n`;
    expect(x('client', ['ip', 'route'])).toMatchObject({ out: table, code: 0 });
    expect(x('client', ['ip', 'r', 'show']).out).toBe(table);
    expect(x('client', ['ip', 'neigh']).code).toBe(1);
  });

  it('with hostNetwork the container sees the node\'s eth0 and its cni0 bridge (kubia has net-tools\' ifconfig)', () => {
    const { c, x } = cluster();
    const p = c.api.get('pods', 'default', 'host');
    const cidr: string = c.api.get('nodes', undefined, p.spec.nodeName).spec.podCIDR;
    const out = x('host', ['ifconfig']).out;
    expect(out.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(' ')[0])).toEqual(['cni0', 'eth0', 'lo']);
    expect(out).toContain(`inet addr:${p.status.hostIP}  Bcast:192.168.0.255  Mask:255.255.255.0\n`);
    expect(out).toContain(`inet addr:${cidr.replace(/\.0\/24$/, '.1')}  `);
  });

  it('nginx (debian) has neither ifconfig nor ip', () => {
    const { x } = cluster();
    expect(x('debian', ['ifconfig']).code).toBe(126);
    expect(x('debian', ['ip', 'a']).code).toBe(126);
  });
});

describe('busybox nc', () => {
  it('-z connects only: 0 when something listens, 1 when refused; -v reports, -vv reports refusals', () => {
    const { x, ipOf } = cluster();
    const web = ipOf('web');
    expect(x('client', ['nc', '-z', web, '80'])).toMatchObject({ out: '', code: 0 });
    expect(x('client', ['nc', '-zv', web, '80']).out).toBe(`${web} (${web}:80) open\n`);
    expect(x('client', ['nc', '-zv', '127.0.0.1', '80']).code).toBe(1);
    expect(x('client', ['nc', '-zv', '127.0.0.1', '80']).out).toBe('');
    expect(x('client', ['nc', '-zvv', '127.0.0.1', '80']).out).toBe('nc: 127.0.0.1 (127.0.0.1:80): Connection refused\n');
    expect(x('client', ['nc', '-z', 'nosuch', '80']).out).toBe("nc: bad address 'nosuch'\n");
    expect(x('client', ['nc', '-zv', 'kubernetes', '443']).out).toBe('kubernetes (10.96.0.1:443) open\n');
  });

  it('a NetworkPolicy that drops the SYN: -w ends the wait, else the kernel\'s retries do', () => {
    const { c, x, ipOf } = cluster();
    c.api.create({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'default' }, spec: { podSelector: { matchLabels: { app: 'web' } } } });
    const web = ipOf('web');
    expect(x('client', ['nc', '-zv', '-w', '2', web, '80'])).toEqual({ out: `nc: ${web} (${web}:80): Connection timed out\n`, code: 1, tookMs: 2000 });
    const slow = x('client', ['nc', '-z', web, '80']);
    expect([slow.code, slow.tookMs >= 134_000]).toEqual([1, true]);
  });

  it('an HTTP request piped in gets the server\'s response bytes; other data is only connected', () => {
    const { x, ipOf } = cluster();
    const web = ipOf('web');
    const get = x('client', ['sh', '-c', `printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc ${web} 80`]);
    expect(get.code).toBe(0);
    expect(get.out).toMatch(/^HTTP\/1\.1 200 OK\r\nServer: nginx\/[\d.]+\r\n(.+\r\n)*Content-Length: 615\r\n\r\n<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!<\/title>/);
    const head = x('client', ['sh', '-c', `printf 'HEAD /missing HTTP/1.1\\r\\nHost: web\\r\\n\\r\\n' | nc ${web} 80`]);
    expect(head.out).toMatch(/^HTTP\/1\.1 404 Not Found\r\n(.+\r\n)+\r\n$/);
    expect(x('client', ['sh', '-c', `echo hi | nc -v ${web} 80`])).toMatchObject({ out: `${web} (${web}:80) open\n`, code: 0 });
  });
});
