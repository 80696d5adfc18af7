import { resolveEnv, serviceEnv } from './env';
import { armEviction } from './eviction';
import { nodeContext } from './node-context';
import { startProbes } from './probes';
import { startProcess } from './process';
import type { KubeletRuntime } from './runtime';
import { verifyNonRoot } from './security';
import type { ContainerRt, PodRt } from './state';

/** Config, security checks, then the container process; events Created/Started. */
export function createAndStart(k: KubeletRuntime, rt: PodRt, c: ContainerRt, waitOn: (key: string) => void): void {
  const field = k.fieldPath(c);
  const pod = rt.pod;
  const node = k.nodes.get(rt.node)!;
  const needsSvc = JSON.stringify([c.spec.env ?? [], c.spec.command ?? [], c.spec.args ?? []]).includes('$(');
  const svc = needsSvc ? serviceEnv(k.ctx.api, rt.ns, pod.spec?.enableServiceLinks !== false) : {};
  const env = resolveEnv(nodeContext(k.ctx, rt.node).api, pod, c.spec, svc, { cpu: node.config.cpu, memory: node.config.memory });
  const configError = (msg: string) => {
    c.busy = false;
    c.state = { waiting: { reason: 'CreateContainerConfigError', message: msg } };
    k.event(rt, 'Warning', 'Failed', `Error: ${msg}`, field);
    k.writeStatus(rt);
  };
  if (!env.ok) {
    waitOn(env.waitOn);
    configError(env.error);
    return;
  }
  const nonRoot = verifyNonRoot(pod, c);
  if (nonRoot) {
    configError(nonRoot);
    return;
  }
  for (const bad of env.invalidKeys) {
    k.event(rt, 'Warning', 'InvalidEnvironmentVariableNames', `Keys [${bad.keys.join(', ')}] from the EnvFrom ${bad.kind} ${bad.ns}/${bad.name} were skipped since they are considered invalid environment variable names.`);
  }
  c.env = Object.fromEntries(env.env);
  const hadRun = !!c.containerID;
  if (hadRun) {
    c.restartCount++;
    c.prevLogs = c.logs;
    c.prevLogTimes = c.logTimes;
    c.logs = '';
    c.logTimes = [];
    c.fs = undefined;
  }
  c.containerID = `containerd://${k.rng.hex(64)}`;
  k.event(rt, 'Normal', 'Created', `Created container: ${c.name}`, field);
  c.busy = false;
  const startErr = startProcess(k, rt, c);
  if (startErr) {
    k.event(rt, 'Warning', 'Failed', `Error: ${startErr}`, field);
    const t = k.ctx.clock.isoNow();
    c.state = { running: { startedAt: t } };
    k.containerExited(rt, c, 128, 'StartError', startErr);
    return;
  }
  k.event(rt, 'Normal', 'Started', `Started container ${c.name}`, field);
  // a new process may take the node's memory: the eviction manager looks at its next tick
  armEviction(k.ctx, k);
  c.started = !c.spec.startupProbe;
  c.ready = !c.spec.readinessProbe && c.started;
  startProbes(k, rt, c);
  k.writeStatus(rt);
}
