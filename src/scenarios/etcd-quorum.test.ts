import { describe, expect, it } from 'vitest';
import { PROBE_TIMEOUT_MS } from '../sim/apiserver/component-status';
import { READ_HANG_MS, WRITE_HANG_MS } from '../sim/etcd/unavailable';
import { outputOf, transcriptOf } from './run';

describe('etcd quorum (notes 11.3)', { timeout: 60_000 }, () => {
  const t = transcriptOf('etcd-quorum.sh', 1);

  it('lists three members, one of them the leader, all healthy', () => {
    const list = outputOf(t, 'etcdctl $TLS member list -w table').split('\n');
    expect(list[1]).toBe('|        ID        | STATUS  |    NAME    |         PEER ADDRS         |        CLIENT ADDRS        | IS LEARNER |');
    expect(list.filter((l) => / started \| /.test(l))).toHaveLength(3);
    const status = outputOf(t, 'etcdctl $TLS endpoint status --cluster -w table');
    expect(status.match(/\|\s+true \|\s+false \|/g)).toHaveLength(1);
    expect(outputOf(t, 'etcdctl $TLS endpoint health --cluster').match(/is healthy: successfully committed proposal: took = [\d.]+ms/g)).toHaveLength(3);
  });

  it('elects a new leader in a higher term when the leader stops, and keeps accepting writes', () => {
    const status = outputOf(t, 'etcdctl $TLS --endpoints=https://192.168.0.201:2379 endpoint status --cluster -w table');
    expect(status).toMatch(/^Failed to get the status of endpoint https:\/\/192\.168\.0\.100:2379 \(context deadline exceeded\)$/m);
    const rows = status.split('\n').filter((l) => l.startsWith('| https://'));
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => / true \|\s+false \|\s+3 \|/.test(r))).toHaveLength(1);
    expect(outputOf(t, 'kubectl create deployment web --image=nginx')).toBe('deployment.apps/web created\n');
  });

  it('without a quorum every request that needs etcd times out, with the errors kubectl v1.34 prints for an API server that gave up', () => {
    const after = t.slice(t.indexOf('$ etcd stop etcd-2'));
    // writes: the handler's 34s bound, then the finisher's Timeout Status
    expect(outputOf(after, 'kubectl create deployment web2 --image=nginx')).toBe('error: failed to create deployment: Timeout: request did not complete within requested timeout - context deadline exceeded\n');
    expect(outputOf(after, 'kubectl delete deployment web')).toBe('Error from server (Timeout): Timeout: request did not complete within requested timeout - context deadline exceeded\n');
    // reads: the 60s request timeout; client-go names the request itself
    const gaveUp = 'the server was unable to return a response in the time allotted, but may still be processing the request';
    expect(outputOf(after, 'kubectl get pods')).toBe(`Error from server (Timeout): ${gaveUp} (get pods)\n`);
    // a watch starts from a list, which is not answered either
    expect(outputOf(after, 'kubectl get pods --watch')).toBe(`Error from server (Timeout): ${gaveUp} (get pods)\n`);
    expect(outputOf(after, 'kubectl scale deployment web --replicas=2')).toBe(`error: no objects passed to scale ${gaveUp} (get deployments.apps web)\n`);
    expect(outputOf(after, 'kubectl get --raw /apis/apps/v1/namespaces/default/deployments')).toBe(`Error from server (Timeout): ${gaveUp}\n`);
    // each error comes when the API server gives up: the cluster's time passes while the request hangs
    const clock = [...after.matchAll(/^\$ date\n\w{3} \w{3} +\d+ (\d\d):(\d\d):(\d\d) UTC/gm)].map(([, h, m, s]) => (+h * 60 + +m) * 60 + +s);
    expect([clock[1] - clock[0], clock[2] - clock[1]]).toEqual([WRITE_HANG_MS / 1000, READ_HANG_MS / 1000]);
    expect(outputOf(after, 'kubectl apply -f - <<EOF')).toBe(
      `Error from server (Timeout): error when retrieving current configuration of:\nResource: "/v1, Resource=configmaps", GroupVersionKind: "/v1, Kind=ConfigMap"\nName: "settings", Namespace: "default"\nfrom server for: "STDIN": ${gaveUp} (get configmaps settings)\n`,
    );
  });

  it('reports etcd-0 Unhealthy in componentstatuses once the probe of /registry/health hits its 20s deadline', () => {
    const after = t.slice(t.indexOf('$ kubectl delete deployment web\n'));
    expect(outputOf(after, 'kubectl get cs')).toBe(
      'Warning: v1 ComponentStatus is deprecated in v1.19+\nNAME                 STATUS      MESSAGE   ERROR\nscheduler            Healthy     ok        \ncontroller-manager   Healthy     ok        \netcd-0               Unhealthy             error getting data from etcd: context deadline exceeded\n',
    );
    const clock = [...after.matchAll(/^\$ date\n\w{3} \w{3} +\d+ (\d\d):(\d\d):(\d\d) UTC/gm)].map(([, h, m, s]) => (+h * 60 + +m) * 60 + +s);
    expect(clock[1] - clock[0]).toBe(PROBE_TIMEOUT_MS / 1000);
    const recovered = t.slice(t.indexOf('$ etcd start etcd-2'));
    expect(outputOf(recovered, 'kubectl get cs etcd-0')).toMatch(/\netcd-0 +Healthy +ok +\n$/);
  });

  it('answers reads that accept cached state (resourceVersion=0) from the watch cache until etcd cancels its watch, then refuses them', () => {
    const rv0 = 'kubectl get --raw "/apis/apps/v1/namespaces/default/deployments?resourceVersion=0"';
    expect(outputOf(t, `${rv0} | grep -c '"name":"web"'`)).toBe('1\n');
    // 3 election timeouts without a leader: the watch is cancelled and the cache is not ready
    expect(outputOf(t, rv0)).toBe('Error from server (TooManyRequests): storage is (re)initializing\n');
  });

  it('shows the lost quorum in etcdctl: linearizable calls time out, the last member knows no leader', () => {
    expect(outputOf(t, 'etcdctl $TLS member list\n')).toBe('Error: context deadline exceeded\n');
    expect(outputOf(t, 'etcdctl $TLS --endpoints=192.168.0.202:2379 member list --consistency=s').trim().split('\n')).toHaveLength(3);
    expect(outputOf(t, 'etcdctl $TLS --endpoints=192.168.0.202:2379 endpoint health -w table')).toMatch(
      /\| 192\.168\.0\.202:2379 \|  false \| 5\.\d+s \| context deadline exceeded \|\n\+-+\+-+\+-+\+-+\+\nError: unhealthy cluster\n$/,
    );
    expect(outputOf(t, 'etcdctl $TLS --endpoints=192.168.0.202:2379 endpoint status -w table')).toMatch(/\|\s+false \|\s+false \|\s+3 \|\s+\d+ \|\s+\d+ \| etcdserver: no leader \|/);
  });

  it('recovers once a second member is back: writes succeed, the nodes stayed Ready, the stopped member caught up', () => {
    const after = t.slice(t.indexOf('$ etcd start etcd-2'));
    expect(outputOf(after, 'kubectl create deployment web2 --image=nginx')).toBe('deployment.apps/web2 created\n');
    expect(outputOf(after, 'kubectl get deploy')).toMatch(/^web2 +1\/1 /m);
    expect(outputOf(after, 'kubectl get nodes').match(/ Ready /g)).toHaveLength(3);
    const rows = outputOf(after, 'etcdctl $TLS endpoint status --cluster').trim().split('\n');
    expect(rows).toHaveLength(3);
    const fields = rows.map((r) => r.split(', '));
    expect(fields.filter((f) => f[8] === 'true')).toHaveLength(1);
    expect(new Set(fields.map((f) => f[10] + '/' + f[11])).size).toBe(1);
  });
});
