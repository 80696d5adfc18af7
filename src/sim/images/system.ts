import { KUBERNETES_VERSION } from '../config';
import { klogLine } from '../klog';
import type { HttpReq, ImageDef, ImageTool, ProgramCtx } from './types';

/** The kube-system images: distroless, no shell (so `kubectl exec coredns-... -- ls` fails as in v1.34). */
const ok = () => ({ status: 200, body: 'ok' });

/**
 * A Kubernetes component's binary run by hand (`kubectl exec ... -- kube-apiserver --version`): component-base's
 * version flag prints `Kubernetes <version>`; any other use would start a second server, which is not modelled.
 */
const componentBinary: ImageTool = (argv) => ({ out: argv.slice(1).some((a) => a === '--version' || a === '--version=true') ? `Kubernetes ${KUBERNETES_VERSION}\n` : '', code: 0 });

/** A distroless component that answers its health endpoints on the given ports. */
const distroless = (repo: string, tag: string | RegExp, size: number, bin: string, extra: Partial<ImageDef> = {}, ports: number[] = []): ImageDef => ({
  repo,
  tags: [tag],
  size,
  user: { uid: 0, gid: 0, name: 'root' },
  entrypoint: [`/usr/local/bin/${bin}`],
  cmd: [],
  env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  flavor: 'none',
  binaries: [bin],
  daemons: { [bin]: () => ({ sigterm: 'exit', http: Object.fromEntries(ports.map((p) => [p, ok])) }) },
  ...extra,
});

const COREDNS_VERSION = 'v1.12.1';

function coredns(ctx: ProgramCtx) {
  ctx.log('.:53');
  ctx.log(`[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908`);
  ctx.log(`CoreDNS-${COREDNS_VERSION.slice(1)}`);
  ctx.log('linux/amd64, go1.24.1, 707c7c1');
  const ok = () => ({ status: 200, body: 'OK' });
  return {
    sigterm: 'exit' as const,
    tcp: [53],
    http: { 8080: ok, 8181: ok, 9153: () => ({ status: 200, body: '# HELP coredns_build_info A metric with a constant \'1\' value.\n' }) },
  };
}

const minor = KUBERNETES_VERSION;

/** kube-proxy's first klog lines, file:line and wording as a real v1.34.5 kube-proxy prints them (the iptables Proxier line as a real v1.34.0 cluster's kube-proxy logs it). */
function kubeProxy(ctx: ProgramCtx) {
  const t = ctx.now();
  ctx.log(klogLine('I', t, 'server.go:219', `"Successfully retrieved NodeIPs" NodeIPs=["${ctx.hostIP}"]`));
  ctx.log(klogLine('I', t, 'server_linux.go:132', '"Using iptables Proxier"'));
  ctx.log(klogLine('I', t, 'server.go:527', `"Version info" version="${KUBERNETES_VERSION}"`));
  ctx.log(klogLine('I', t, 'server.go:529', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'));
  ctx.log(klogLine('I', t, 'config.go:200', '"Starting service config controller"'));
  ctx.log(klogLine('I', t, 'shared_informer.go:349', '"Waiting for caches to sync" controller="service config"'));
  ctx.log(klogLine('I', t, 'config.go:309', '"Starting node config controller"'));
  ctx.log(klogLine('I', t, 'config.go:106', '"Starting endpoint slice config controller"'));
  ctx.log(klogLine('I', t, 'config.go:403', '"Starting serviceCIDR config controller"'));
  ctx.log(klogLine('I', t, 'shared_informer.go:356', '"Caches are synced" controller="service config"'));
  const ok = () => ({ status: 200, body: 'ok' });
  return { sigterm: 'exit' as const, http: { 10249: ok, 10256: ok } };
}

const MI = 2 ** 20;

/** Start-up lines of the controller manager and the scheduler, file:line as a real v1.34.5 one logs them, up to its bid for the lease. */
const ELECTED_START: Record<'kube-controller-manager' | 'kube-scheduler', { port: number; start: [string, string]; golang: string }> = {
  'kube-controller-manager': { port: 10257, start: ['controllermanager.go:191', `"Starting" version="${KUBERNETES_VERSION}"`], golang: 'controllermanager.go:193' },
  'kube-scheduler': { port: 10259, start: ['server.go:175', `"Starting Kubernetes Scheduler" version="${KUBERNETES_VERSION}"`], golang: 'server.go:177' },
};

function elected(bin: 'kube-controller-manager' | 'kube-scheduler') {
  const { port, start, golang } = ELECTED_START[bin];
  return (ctx: ProgramCtx) => {
    const t = ctx.now();
    ctx.log(klogLine('I', t, 'serving.go:386', 'Generated self-signed cert in-memory'));
    ctx.log(klogLine('I', t, ...start));
    ctx.log(klogLine('I', t, golang, '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'));
    ctx.log(klogLine('I', t, 'secure_serving.go:211', `Serving securely on [::]:${port}`));
    ctx.log(klogLine('I', t, 'leaderelection.go:257', `attempting to acquire leader lease kube-system/${bin}...`));
    return { sigterm: 'exit' as const, http: { [port]: ok } };
  };
}

/**
 * The rbac/bootstrap-roles post-start hook (pkg/registry/rbac/rest/storage_rbac.go): it lists the
 * cluster roles and bindings through the loopback client every second for 30 seconds; if etcd never
 * answers, the hook fails and genericapiserver's runPostStartHook ends the process with klog.Fatalf
 * (exit code 255). File and line as a real v1.34.7 kube-apiserver logs it. The hooks start once the
 * server serves, a few seconds after the process starts; here they start with it.
 */
const RBAC_HOOK_POLL_MS = 1_000;
const RBAC_HOOK_TIMEOUT_MS = 30_000;
const RBAC_HOOK_FATAL = ['hooks.go:204', 'PostStartHook "rbac/bootstrap-roles" failed: unable to initialize roles: timed out waiting for the condition'] as const;

function rbacBootstrapHook(ctx: ProgramCtx, waitedMs = 0): void {
  if (ctx.etcdAnswers()) return;
  if (waitedMs >= RBAC_HOOK_TIMEOUT_MS) {
    ctx.log(klogLine('F', ctx.now(), ...RBAC_HOOK_FATAL));
    ctx.exit(255);
    return;
  }
  ctx.after(RBAC_HOOK_POLL_MS, () => rbacBootstrapHook(ctx, waitedMs + RBAC_HOOK_POLL_MS));
}

/**
 * kube-apiserver on its secure port: the kubelet's probes get the API server's own /livez and /readyz
 * answers (they fail without an etcd quorum); started without a quorum it exits when its RBAC hook gives up.
 */
function kubeApiserver(ctx: ProgramCtx) {
  rbacBootstrapHook(ctx);
  return { sigterm: 'exit' as const, http: { 6443: (req: HttpReq) => ctx.apiServer(req) } };
}

/**
 * metrics-server: without --kubelet-insecure-tls it cannot verify kubeadm's self-signed kubelet
 * certificates (no IP SANs), scrapes nothing and never becomes ready.
 */
function metricsServer(ctx: ProgramCtx) {
  const insecure = ctx.argv.includes('--kubelet-insecure-tls');
  ctx.log(klogLine('I', ctx.now(), 'serving.go:374', 'Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)'));
  ctx.log(klogLine('I', ctx.now(), 'secure_serving.go:213', 'Serving securely on [::]:10250'));
  if (!insecure) {
    ctx.every(15_000, () => ctx.log(klogLine('E', ctx.now(), 'scraper.go:149', `"Failed to scrape node" err="Get \\"https://${ctx.hostIP}:10250/metrics/resource\\": tls: failed to verify certificate: x509: cannot validate certificate for ${ctx.hostIP} because it doesn't contain any IP SANs" node="${ctx.nodeName}"`)));
  }
  const health = (req: { path: string }) => (req.path === '/readyz' && !insecure ? { status: 500, body: '[-]metric-storage-ready failed: reason withheld\nreadyz check failed\n' } : { status: 200, body: 'ok' });
  return { sigterm: 'exit' as const, http: { 10250: health }, usage: { cpu: 4, memory: 21 * MI } };
}

export const SYSTEM_IMAGES: ImageDef[] = [
  { ...distroless('registry.k8s.io/coredns/coredns', /^v1\.\d+\.\d+$/, 22_384_805, 'coredns'), entrypoint: ['/coredns'], daemons: { coredns }, usage: { cpu: 2, memory: 14 * MI } },
  distroless('registry.k8s.io/kube-proxy', /^v1\.\d+\.\d+$/, 30_916_240, 'kube-proxy', { binaries: ['kube-proxy', 'iptables', 'iptables-save', 'ip6tables', 'conntrack'], tools: { 'kube-proxy': componentBinary }, daemons: { 'kube-proxy': kubeProxy }, usage: { cpu: 1, memory: 17 * MI } }),
  { ...distroless('registry.k8s.io/pause', /^3\.\d+(\.\d+)?$/, 320_448, 'pause'), entrypoint: ['/pause'], daemons: { pause: () => ({ sigterm: 'exit' }) } },
  distroless('registry.k8s.io/etcd', /^3\.\d+\.\d+-0$/, 22_876_530, 'etcd', { binaries: ['etcd', 'etcdctl', 'etcdutl'], usage: { cpu: 24, memory: 46 * MI } }, [2379, 2380, 2381]),
  distroless('registry.k8s.io/kube-apiserver', minor, 27_385_464, 'kube-apiserver', { tools: { 'kube-apiserver': componentBinary }, daemons: { 'kube-apiserver': kubeApiserver }, usage: { cpu: 48, memory: 236 * MI } }),
  distroless('registry.k8s.io/kube-controller-manager', minor, 22_819_474, 'kube-controller-manager', { tools: { 'kube-controller-manager': componentBinary }, daemons: { 'kube-controller-manager': elected('kube-controller-manager') }, usage: { cpu: 16, memory: 52 * MI } }, [10257]),
  distroless('registry.k8s.io/kube-scheduler', minor, 17_385_568, 'kube-scheduler', { tools: { 'kube-scheduler': componentBinary }, daemons: { 'kube-scheduler': elected('kube-scheduler') }, usage: { cpu: 5, memory: 23 * MI } }, [10259]),
  { ...distroless('registry.k8s.io/metrics-server/metrics-server', /^v0\.\d+\.\d+$/, 19_495_144, 'metrics-server'), entrypoint: ['/metrics-server'], daemons: { 'metrics-server': metricsServer } },
];
