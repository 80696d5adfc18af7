import { MemoryWorkspace } from '../kubectl/context';
import '../kubectl/commands';
import { Cluster } from '../sim/cluster';
import { Shell } from '../shell/shell';

/** What a long session leaves in the cluster after each virtual hour. */
export interface SessionCounts {
  hour: number;
  pods: number;
  replicasets: number;
  jobs: number;
  events: number;
  /** Every object in the store, all resources. */
  objects: number;
  /** Timers waiting in the virtual clock. */
  timers: number;
}

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: luksa/kubia
        ports:
        - containerPort: 8080
        readinessProbe:
          httpGet:
            path: /
            port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
`;

/**
 * A busy lesson left running: a Deployment restarted (a new rollout) every 5 virtual minutes and a Job started every
 * 2 minutes with the last 3 kept (as a CronJob's history limit keeps them), each job's pod run to
 * completion. Calls `each` after every virtual hour with what the cluster holds.
 */
export function busyLesson(hours: number, each: (c: SessionCounts, cluster: Cluster) => void, seed = 1): void {
  const cluster = new Cluster({ seed });
  const fs = new MemoryWorkspace();
  fs.write('web.yaml', MANIFEST);
  const shell = new Shell({ cluster, fs });
  // the session is the learner's: a command that fails would make the figures meaningless
  const run = (cmd: string) => {
    const r = shell.run(cmd);
    if (r.code !== 0) throw new Error(`${cmd}: ${r.out}`);
  };
  run('kubectl apply -f web.yaml');
  const jobs: string[] = [];
  for (let minute = 1; minute <= hours * 60; minute++) {
    if (minute % 5 === 0) run('kubectl rollout restart deployment/web');
    if (minute % 2 === 0) {
      const name = `tick-${minute}`;
      run(`kubectl create job ${name} --image=busybox -- echo tick`);
      jobs.push(name);
      if (jobs.length > 3) run(`kubectl delete job ${jobs.shift()}`);
    }
    cluster.advance(60_000);
    if (minute % 60 === 0) {
      const api = cluster.api;
      const objects = api.store.resources().reduce((n, r) => n + api.store.count(r), 0);
      each(
        {
          hour: minute / 60,
          pods: api.store.count('pods'),
          replicasets: api.store.count('replicasets.apps'),
          jobs: api.store.count('jobs.batch'),
          events: api.store.count('events'),
          objects,
          timers: cluster.clock.pending(),
        },
        cluster,
      );
    }
  }
}
