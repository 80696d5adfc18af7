import { attachShell, attachStdin } from '../../../sim/kubelet/exec/session';
import type { KObject } from '../../../sim/types';
import { Output, type KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import { simCluster } from '../../identity';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { createObject, GENERATOR_FLAGS, meta, printCreated } from '../write/generate';
import { applyOverrides, OVERRIDE_FLAGS } from '../write/overrides';
import { onTerminal, shellSession } from './shell-session';

export const runCommands: CommandDef[] = [];

const usage = (msg: string) => new KubectlError(`${msg}\nSee 'kubectl run -h' for help and examples`);

/** The pod `kubectl run` generates (run.go generatePod): label `run=<name>` unless --labels. */
function runPod(name: string, p: ParsedArgs, ctx: KubectlContext): KObject {
  const image = p.flags.image as string;
  const labels: Record<string, string> = {};
  const labelText = p.flags.labels as string | undefined;
  if (labelText) {
    for (const kv of labelText.split(',')) {
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new KubectlError(`invalid label spec: ${kv}`);
      labels[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
  } else labels.run = name;
  // Container's Go struct order, which `-o json` of a client-side dry run keeps
  const container: Record<string, unknown> = { name, image };
  const cmd = p.command;
  if (cmd.length) container[p.flags.command ? 'command' : 'args'] = cmd;
  const port = p.flags.port as string | undefined;
  if (port) container.ports = [{ containerPort: atoi(port) }];
  const env = (p.flags.env as string[] | undefined) ?? [];
  if (env.length) {
    container.env = env.map((e) => {
      const eq = e.indexOf('=');
      if (eq <= 0) throw new KubectlError(`invalid env: ${e}`);
      return { name: e.slice(0, eq), value: e.slice(eq + 1) };
    });
  }
  container.resources = {};
  if (p.flags['image-pull-policy']) container.imagePullPolicy = p.flags['image-pull-policy'];
  if (p.flags.privileged) container.securityContext = { privileged: true };
  if (p.flags.stdin) {
    container.stdin = true;
    container.stdinOnce = !p.flags['leave-stdin-open'];
  }
  if (p.flags.tty) container.tty = true;
  const metadata = meta(name, p, ctx, true);
  metadata.labels = labels;
  const ann = (p.flags.annotations as string[] | undefined) ?? [];
  if (ann.length) metadata.annotations = Object.fromEntries(ann.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata,
    spec: { containers: [container], restartPolicy: (p.flags.restart as string) ?? 'Always', dnsPolicy: 'ClusterFirst' },
    status: {},
  };
}

/** Go's strconv.Atoi, with its error text (run.go parses --port with it). */
function atoi(text: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new KubectlError(`strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`);
  const n = BigInt(text);
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) throw new KubectlError(`strconv.Atoi: parsing ${JSON.stringify(text)}: value out of range`);
  return Number(n);
}

/** The Service of `run --expose` (ServiceGeneratorV2): --labels become its labels, the pod's labels its selector. */
function exposedService(name: string, p: ParsedArgs, ctx: KubectlContext, pod: KObject): KObject {
  const port = p.flags.port as string | undefined;
  if (!port) throw usage('--port must be set when exposing a service');
  const metadata = meta(name, p, ctx, true);
  if (p.flags.labels) metadata.labels = { ...pod.metadata.labels };
  const n = atoi(port);
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata,
    spec: { ports: [{ protocol: 'TCP', port: n, targetPort: n }], selector: { ...pod.metadata.labels } },
    status: { loadBalancer: {} },
  };
}

function phaseOf(ctx: KubectlContext, ns: string, name: string, uid: string): { phase?: string; running: boolean; pod?: KObject } {
  const pod = ctx.cluster.api.tryGet('pods', ns, name);
  if (!pod || pod.metadata.uid !== uid) return { running: false };
  const running = (pod.status?.containerStatuses ?? []).some((s: { state?: { running?: unknown } }) => s.state?.running);
  return { phase: pod.status?.phase, running, pod };
}

const NO_TTY = 'Unable to use a TTY - input is not a terminal or the right kind of file';

/**
 * Attach (run.go handleAttachPod): wait for the pod to run; a pod that already finished shows its logs.
 * On the terminal a waiting shell takes it over (the rest happens when it ends, in `then`); otherwise
 * stdin (heredoc, pipe, nothing) is fed to it and the output printed. Returns whether a session opened.
 */
function attach(ctx: KubectlContext, out: Output, p: ParsedArgs, created: KObject, then: (out: Output, session: boolean) => void): void {
  const ns = created.metadata.namespace!;
  const name = created.metadata.name!;
  const uid = created.metadata.uid!;
  const cluster = simCluster(ctx);
  const terminal = (ph?: string) => ph === 'Succeeded' || ph === 'Failed';
  const started = cluster.advanceUntil(() => {
    const s = phaseOf(ctx, ns, name, uid);
    return s.running || terminal(s.phase);
  }, 60_000, 10);
  if (!started) throw new KubectlError(`timed out waiting for the condition`);
  const k = cluster.services.kubelet;
  if (!terminal(phaseOf(ctx, ns, name, uid).phase)) {
    const tty = onTerminal(ctx, !!p.flags.stdin);
    if (p.flags.tty && p.flags.stdin && !tty && !p.flags.quiet) out.warn(NO_TTY);
    if (!p.flags.quiet) out.warn("If you don't see a command prompt, try pressing enter.");
    const shell = tty ? attachShell(cluster, ns, name, !!p.flags.tty) : undefined;
    if (shell) {
      ctx.tty!.open(
        shellSession(shell, () => {
          const end = new Output();
          then(end, true);
          return end.result();
        }),
      );
      return;
    }
    attachStdin(cluster, ns, name, p.flags.stdin ? (ctx.stdin ?? '') : undefined);
    const policy = (p.flags.restart as string) ?? 'Always';
    // a restarting container never ends by itself: stop watching once it has exited once
    cluster.advanceUntil(() => {
      const s = phaseOf(ctx, ns, name, uid);
      if (terminal(s.phase) || !s.pod) return true;
      if (policy !== 'Always') return false;
      return (s.pod.status?.containerStatuses ?? []).some((c: { restartCount?: number; state?: { terminated?: unknown } }) => c.state?.terminated || (c.restartCount ?? 0) > 0);
    }, 3_600_000);
  }
  const rt = k?.find(ns, name);
  const c = rt?.containers.find((x) => !x.init);
  out.write((c?.restartCount ? c.prevLogs : undefined) ?? c?.logs ?? '');
  then(out, false);
}

/** After the attached session: --rm deletes the pod, a failed pod's exit code becomes kubectl's. */
function finish(ctx: KubectlContext, out: Output, p: ParsedArgs, created: KObject, session: boolean): void {
  const ns = created.metadata.namespace!;
  const name = created.metadata.name!;
  const restart = p.flags.restart as string;
  // run.go waits for the exit code with Never/OnFailure; the shell's exit ends the container a moment later
  const done = () => ['Succeeded', 'Failed', undefined].includes(phaseOf(ctx, ns, name, created.metadata.uid!).phase);
  if (restart !== 'Always') ctx.cluster.advanceUntil(done, 60_000, 10);
  const final = phaseOf(ctx, ns, name, created.metadata.uid!).pod;
  // attach.go: only a raw terminal session on a restarting pod can be resumed
  if (session && p.flags.tty && restart === 'Always' && !p.flags.quiet) out.line(`Session ended, resume using 'kubectl attach ${name} -c ${name} -i -t' command when the pod is running`);
  if (p.flags.rm) {
    if (ctx.cluster.api.tryGet('pods', ns, name)) ctx.cluster.api.delete('pods', ns, name);
    ctx.cluster.advanceUntil(() => !ctx.cluster.api.tryGet('pods', ns, name), 120_000);
    out.line(`pod "${name}" deleted from ${ns} namespace`);
  }
  if (restart !== 'Always' && final?.status?.phase === 'Failed') {
    const t = final.status.containerStatuses?.[0]?.state?.terminated;
    if (t && t.exitCode) out.fail(`pod ${ns}/${name} terminated (${t.reason})\n${t.message ?? ''}`, t.exitCode);
    else out.fail(`pod ${ns}/${name} failed with unknown exit code`);
  }
}

/** `kubectl run NAME --image=IMAGE [--restart] [--port] [--labels] [--env] [--command] [-it --rm] -- [COMMAND] [args...]`. */
runCommands.push({
  path: ['run'],
  short: 'Run a particular image on the cluster',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'image', type: 'string', required: true },
    { name: 'restart', type: 'string', default: 'Always' },
    { name: 'port', type: 'string' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'env', type: 'strings' },
    { name: 'annotations', type: 'strings' },
    { name: 'command', type: 'bool' },
    { name: 'stdin', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'rm', type: 'bool' },
    { name: 'attach', type: 'bool' },
    { name: 'leave-stdin-open', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'image-pull-policy', type: 'string' },
    { name: 'privileged', type: 'bool' },
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s' },
    { name: 'expose', type: 'bool' },
    ...OVERRIDE_FLAGS,
  ],
  run(p, ctx, out) {
    if (!p.args.length) throw usage('NAME is required for run');
    const name = p.args[0];
    const restart = p.flags.restart as string;
    if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw usage(`invalid restart policy: ${restart}`);
    const attachFlag = p.set.has('attach') ? !!p.flags.attach : !!p.flags.stdin;
    if (p.flags.rm && !attachFlag) throw usage('--rm should only be used for attached containers');
    if (p.flags.tty && !p.flags.stdin) throw usage('-i/--stdin is required for containers with -t/--tty=true');
    const dry = p.flags['dry-run'] as string | undefined;
    if (attachFlag && dry && dry !== 'none') throw usage("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
    const pod = applyOverrides(runPod(name, p, ctx), p);
    const svc = p.flags.expose ? exposedService(name, p, ctx, pod) : undefined;
    if (!attachFlag) {
      const createdPod = createObject(pod, p, ctx);
      if (svc) {
        printCreated(createObject(svc, p, ctx), p, out);
        // run prints the service through a second YAML printer: kubectl v1.34 writes two separators
        if (String(p.flags.output ?? '') === 'yaml') out.write('---\n---\n');
      }
      printCreated(createdPod, p, out);
      return;
    }
    if (svc) printCreated(createObject(svc, p, ctx), p, out);
    const toSend = structuredClone(pod);
    delete toSend.status;
    const created = ctx.cluster.api.create(toSend, { namespace: ctx.namespace, user: ctx.user });
    ctx.cluster.runUntilIdle();
    attach(ctx, out, p, created, (o, session) => finish(ctx, o, p, created, session));
  },
});
