import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('the docs StatefulSet (web / nginx / www) from the prompt', { timeout: 60_000 }, () => {
  const t = transcriptOf('statefulset.sh', 1);

  it('creates web-0 first, waits for it, and gives every pod its own www claim', () => {
    expect(outputOf(t, 'kubectl apply -f web.yaml')).toBe('service/nginx created\nstatefulset.apps/web created\n');
    expect(outputOf(t, 'kubectl get pods -l app=nginx')).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nweb-0 +0\/1 +ContainerCreating +0 +0s\n$/);
    expect(outputOf(t, 'kubectl get statefulset web')).toMatch(/\nweb +3\/3 /);
    const pvc = outputOf(t, 'kubectl get pvc');
    for (const [claim, pv] of [['www-web-0', 'pv-a'], ['www-web-1', 'pv-b'], ['www-web-2', 'pv-c']]) expect(pvc).toMatch(new RegExp(`\\n${claim} +Bound +${pv} +1Gi +RWO +my-storage-class`));
  });

  it('names each pod by ordinal, with hostname and subdomain for DNS', () => {
    expect(outputOf(t, 'kubectl get pods -l app=nginx -o custom-columns=NAME:.metadata.name,HOSTNAME:.spec.hostname,SUBDOMAIN:.spec.subdomain')).toMatch(
      /^NAME +HOSTNAME +SUBDOMAIN\nweb-0 +web-0 +nginx\nweb-1 +web-1 +nginx\nweb-2 +web-2 +nginx\n$/,
    );
  });

  it('answers <pod>.<svc> A records and one SRV record per member', () => {
    expect(outputOf(t, 'kubectl run -it --rm dns --image=busybox --restart=Never -- nslookup web-1.nginx')).toMatch(/\nName:\tweb-1\.nginx\.default\.svc\.cluster\.local\nAddress: 10\.244\.\d+\.\d+\n/);
    const srv = outputOf(t, 'kubectl run -it --rm dns --image=busybox --restart=Never -- nslookup -type=srv nginx');
    expect(srv).toContain(
      [0, 1, 2].map((i) => `nginx.default.svc.cluster.local\tservice = 0 33 80 web-${i}.nginx.default.svc.cluster.local\n`).join(''),
    );
  });

  it('replaces a deleted pod with the same name and the same claim', () => {
    expect(outputOf(t, 'kubectl exec web-1 -- cat /usr/share/nginx/html/index.html')).toBe('web-1 was here\n');
  });

  it('scales down from the highest ordinal, one pod at a time, and keeps the claims for the way back', () => {
    const during = outputOf(t, 'kubectl scale statefulset web --replicas=1');
    expect(during).toBe('statefulset.apps/web scaled\n');
    const blocks = t.split('$ kubectl get pods -l app=nginx\n').slice(3, 5);
    expect(blocks[0]).toMatch(/web-1 +1\/1 +Running[\s\S]*web-2 +1\/1 +Terminating/);
    expect(blocks[1]).not.toContain('web-2');
    expect(t.split('$ kubectl get pvc\n')[2]).toMatch(/www-web-2 +Bound +pv-c/);
  });

  it('rolls an image change from the highest ordinal down', () => {
    expect(outputOf(t, 'kubectl get pods -l app=nginx -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image')).toMatch(
      /web-0 +registry\.k8s\.io\/nginx-slim:0\.24\nweb-1 +registry\.k8s\.io\/nginx-slim:0\.27\nweb-2 +registry\.k8s\.io\/nginx-slim:0\.27\n$/,
    );
    expect(outputOf(t, 'kubectl rollout status statefulset web')).toMatch(/partitioned roll out complete: 3 new pods have been updated\.\.\.\n$/);
  });

  it('keeps the pods of a failed node until they are force-deleted, then makes them again elsewhere', () => {
    const stuck = outputOf(t, 'kubectl get pods -l app=nginx -o wide');
    // the node controller turns only the pod's Ready condition False: its container still reports ready
    expect(stuck).toMatch(/web-2 +1\/1 +Terminating .* k8s-node2 /);
    const after = t.split('$ kubectl get pods -l app=nginx -o wide\n').at(-1)!;
    for (const i of [0, 1, 2]) expect(after).toMatch(new RegExp(`web-${i} +1/1 +Running .* k8s-node1 `));
  });
});
