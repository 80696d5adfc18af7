import { execIn } from './exec';
import type { KubeletRuntime } from './runtime';
import { serveLocal } from './serve';
import { signalTerm } from './process';
import type { ContainerRt, PodRt } from './state';

type Kind = 'startup' | 'liveness' | 'readiness';
const LABEL: Record<Kind, string> = { startup: 'Startup', liveness: 'Liveness', readiness: 'Readiness' };

/** Resolve a probe port: a number, or a container port name. */
function portOf(c: ContainerRt, port: any): number {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(String(port))) return Number(port);
  const p = (c.spec.ports ?? []).find((x: { name?: string }) => x.name === port);
  return p?.containerPort ?? 0;
}

/** One probe run: success, or the kubelet's failure text; `tookMs` when the server kept the request. */
function runProbe(k: KubeletRuntime, rt: PodRt, c: ContainerRt, p: any): { ok: boolean; msg: string; tookMs?: number } {
  const node = k.nodes.get(rt.node)!;
  const gateway = `${node.cidrPrefix}.1`;
  if (p.httpGet) {
    const port = portOf(c, p.httpGet.port);
    if (c.probesBroken) return { ok: false, msg: 'HTTP probe failed with statuscode: 500' };
    const path = p.httpGet.path ?? '/';
    const ip = p.httpGet.host ?? rt.ip;
    const scheme = String(p.httpGet.scheme ?? 'HTTP').toLowerCase();
    const headers: Record<string, string> = { 'User-Agent': 'kube-probe/1.34', Accept: '*/*' };
    for (const h of p.httpGet.httpHeaders ?? []) headers[h.name] = h.value;
    const r = serveLocal(rt, port, { method: 'GET', path, headers, clientIP: gateway });
    if (!r) return { ok: false, msg: `Get "${scheme}://${ip}:${port}${path}": dial tcp ${ip}:${port}: connect: connection refused` };
    // the prober's http.Client gives up at timeoutSeconds (default 1) before the server's headers come
    const timeoutMs = (p.timeoutSeconds ?? 1) * 1000;
    if (r.waitMs !== undefined && r.waitMs > timeoutMs) {
      return { ok: false, msg: `Get "${scheme}://${ip}:${port}${path}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, tookMs: timeoutMs };
    }
    const tookMs = r.waitMs;
    if (r.status >= 200 && r.status < 400) return { ok: true, msg: '', tookMs };
    return { ok: false, msg: `HTTP probe failed with statuscode: ${r.status}`, tookMs };
  }
  if (p.tcpSocket || p.grpc) {
    const port = portOf(c, (p.tcpSocket ?? p.grpc).port);
    if (c.probesBroken) return { ok: false, msg: `dial tcp ${rt.ip}:${port}: connect: connection refused` };
    const listening = rt.containers.some((x) => x.proc?.alive && (x.proc.program?.tcp?.includes(port) || x.proc.program?.http?.[port]));
    return listening ? { ok: true, msg: '' } : { ok: false, msg: `dial tcp ${rt.ip}:${port}: connect: connection refused` };
  }
  if (p.exec) {
    if (c.probesBroken) return { ok: false, msg: '' };
    const r = execIn(k.ctx, k, rt, c, p.exec.command ?? [], '', false);
    return { ok: r.code === 0, msg: r.out.replace(/\n$/, '') };
  }
  return { ok: true, msg: '' };
}

export function stopProbes(k: KubeletRuntime, c: ContainerRt): void {
  for (const t of c.probes?.timers ?? []) k.ctx.clock.cancel(t);
  if (c.probes) c.probes.timers = [];
}

/** Start the container's probes: startup first; liveness and readiness once it has passed. */
export function startProbes(k: KubeletRuntime, rt: PodRt, c: ContainerRt): void {
  c.probes = { timers: [], liveFails: 0, readyFails: 0, readyOk: 0, startFails: 0 };
  if (c.spec.startupProbe) schedule(k, rt, c, 'startup', true);
  else {
    if (c.spec.livenessProbe) schedule(k, rt, c, 'liveness', true);
    if (c.spec.readinessProbe) schedule(k, rt, c, 'readiness', true);
  }
}

/** `tookMs`: how long the last probe took; the worker's ticker keeps one tick, so a probe slower than its period is followed at once. */
function schedule(k: KubeletRuntime, rt: PodRt, c: ContainerRt, kind: Kind, first: boolean, tookMs = 0): void {
  const p = c.spec[`${kind}Probe`];
  const period = (p.periodSeconds ?? 10) * 1000;
  const delay = (p.initialDelaySeconds ?? 0) * 1000;
  // the probe worker ticks every period and skips ticks before the initial delay
  const wait = first ? (delay > 0 ? Math.ceil(delay / period) * period : Math.min(1000, period)) : Math.max(0, period - tookMs);
  const id = k.after(rt, wait, () => {
    if (!c.proc?.alive || rt.terminating) return;
    tick(k, rt, c, kind);
  });
  c.probes!.timers.push(id);
}

function tick(k: KubeletRuntime, rt: PodRt, c: ContainerRt, kind: Kind): void {
  const r = runProbe(k, rt, c, c.spec[`${kind}Probe`]);
  if (!r.tookMs) return judge(k, rt, c, kind, r);
  // the outcome is known when the server answers, or when the probe's timeout ends first (15 s for the API server's)
  const id = k.after(rt, r.tookMs, () => {
    if (!c.proc?.alive || rt.terminating) return;
    judge(k, rt, c, kind, r);
  });
  c.probes!.timers.push(id);
}

function judge(k: KubeletRuntime, rt: PodRt, c: ContainerRt, kind: Kind, r: { ok: boolean; msg: string; tookMs?: number }): void {
  const p = c.spec[`${kind}Probe`];
  const st = c.probes!;
  const failureThreshold = p.failureThreshold ?? 3;
  const successThreshold = p.successThreshold ?? 1;
  if (!r.ok) k.event(rt, 'Warning', 'Unhealthy', `${LABEL[kind]} probe failed: ${r.msg}`, k.fieldPath(c));
  if (kind === 'readiness') {
    if (r.ok) {
      st.readyFails = 0;
      st.readyOk++;
      if (!c.ready && st.readyOk >= successThreshold) {
        c.ready = true;
        k.writeStatus(rt);
      }
    } else {
      st.readyOk = 0;
      st.readyFails++;
      if (c.ready && st.readyFails >= failureThreshold) {
        c.ready = false;
        k.writeStatus(rt);
      }
    }
  } else if (kind === 'liveness' || kind === 'startup') {
    if (r.ok) {
      st.liveFails = 0;
      if (kind === 'startup') {
        c.started = true;
        if (!c.spec.readinessProbe) c.ready = true;
        k.writeStatus(rt);
        if (c.spec.livenessProbe) schedule(k, rt, c, 'liveness', true);
        if (c.spec.readinessProbe) schedule(k, rt, c, 'readiness', true);
        return;
      }
    } else if (++st.liveFails >= failureThreshold) {
      k.event(rt, 'Normal', 'Killing', `Container ${c.name} failed ${kind} probe, will be restarted`, k.fieldPath(c));
      stopProbes(k, c);
      const grace = (p.terminationGracePeriodSeconds ?? rt.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
      signalTerm(k, rt, c, k.ctx.clock.now() + grace);
      return;
    }
  }
  schedule(k, rt, c, kind, false, r.tookMs);
}
