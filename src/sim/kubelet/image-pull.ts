import { goDuration } from '../duration';
import { resolveImage } from '../images/catalog';
import { defaultPullPolicy, qualified, repoOf } from '../images/ref';
import { imagesChanged } from './node-images';
import { nodeContext } from './node-context';
import { kubeletGet } from './node-reads';
import { pullCredentials } from './pull-secrets';
import type { KubeletRuntime } from './runtime';
import { nextPullBackoff, pullStep } from './stages';
import type { ContainerRt, PodRt } from './state';

type Resolved = ReturnType<typeof resolveImage>;

/**
 * Get the container's image per imagePullPolicy, through the node's serialized puller, with the
 * kubelet's events and back-off (ErrImagePull, then ImagePullBackOff); `then` runs once it is there.
 */
export function ensureImage(k: KubeletRuntime, rt: PodRt, c: ContainerRt, then: () => void): void {
  const node = k.nodes.get(rt.node)!;
  const image: string = c.spec.image ?? '';
  let res = resolveImage(image);
  const field = k.fieldPath(c);
  const q = res.ref ? qualified(res.ref) : image;
  const present = node.images.has(q);
  const step = pullStep(image, { invalid: res.ok ? undefined : res.invalid, policy: c.spec.imagePullPolicy ?? defaultPullPolicy(image), present });
  if (step.kind === 'invalid' || step.kind === 'never') {
    c.busy = false;
    c.state = { waiting: { reason: step.reason, message: step.message } };
    k.event(rt, 'Warning', step.kind === 'invalid' ? 'InspectFailed' : step.reason, step.message, field);
    k.event(rt, 'Warning', 'Failed', `Error: ${step.reason}`, field);
    k.writeStatus(rt);
    return;
  }
  if (step.kind === 'present') {
    setImage(c, res);
    k.event(rt, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, field);
    then();
    return;
  }
  const denied = pullDenied(k, rt, res);
  if (denied) res = { ok: false, ref: res.ref, error: denied };
  k.event(rt, 'Normal', 'Pulling', `Pulling image "${image}"`, field);
  const now = k.ctx.clock.now();
  // registry round trips, then the layers at a seeded bandwidth (20-60 MB/s)
  // layers another pod is already pulling on this node are shared: only the manifest round trips remain
  const shared = present || node.pulling.has(q);
  const dur = !res.ok ? 400 + k.rng.int(1200) : shared ? 300 + k.rng.int(700) : 500 + Math.round(res.def.size / (20_000 + k.rng.int(40_000)));
  if (res.ok) node.pulling.add(q);
  const start = Math.max(now, node.pullFreeAt);
  const end = start + dur;
  node.pullFreeAt = end;
  k.after(rt, end - now, () => {
    if (rt.terminating) return;
    if (!res.ok) {
      pullFailed(k, rt, c, image, res.error ?? 'not found', then);
      return;
    }
    node.images.add(q);
    node.pulling.delete(q);
    imagesChanged(k.ctx, node, k.downNodes);
    c.pullBackoff = 0;
    setImage(c, res);
    k.event(rt, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${goDuration(dur)} (${goDuration(end - now)} including waiting). Image size: ${res.def.size} bytes.`, field);
    then();
  });
}

/** The registry's refusal of a private image when no pull secret holds its credentials. */
function pullDenied(k: KubeletRuntime, rt: PodRt, res: Resolved): string | undefined {
  if (!res.ref) return undefined;
  const ns = rt.pod.metadata.namespace ?? 'default';
  // a refused get counts as a missing pull secret, as getPullSecretsForPod counts any failed get
  const { credentials, missing } = pullCredentials((n) => kubeletGet(nodeContext(k.ctx, rt.node).api, 'secrets', ns, n).obj, rt.pod, res.ref.domain);
  if (missing.length) {
    k.event(rt, 'Warning', 'FailedToRetrieveImagePullSecret', `Unable to retrieve some image pull secrets (${missing.join(', ')}); attempting to pull the image may not succeed.`);
  }
  const want = res.ok ? res.def.private : undefined;
  if (!want) return undefined;
  const q = qualified(res.ref);
  const prefix = `failed to pull and unpack image "${q}": failed to resolve reference "${q}": `;
  if (credentials.some((c) => c.username === want.username && c.password === want.password)) return undefined;
  if (credentials.length) return `${prefix}failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://auth.docker.io/token: 401 Unauthorized`;
  // anonymous: Docker Hub answers a private repository as it answers a missing one
  return `${prefix}pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}

function setImage(c: ContainerRt, res: Resolved): void {
  if (!res.ok) return;
  c.def = res.def;
  c.imageName = qualified(res.ref);
  c.imageID = `${repoOf(res.ref)}@${res.digest}`;
}

/** ErrImagePull now, ImagePullBackOff at the next pod sync, and another try when the back-off ends. */
function pullFailed(k: KubeletRuntime, rt: PodRt, c: ContainerRt, image: string, err: string, retry: () => void): void {
  const field = k.fieldPath(c);
  k.event(rt, 'Warning', 'Failed', `Failed to pull image "${image}": ${err}`, field);
  k.event(rt, 'Warning', 'Failed', 'Error: ErrImagePull', field);
  c.state = { waiting: { reason: 'ErrImagePull', message: err } };
  c.pullBackoff = nextPullBackoff(c.pullBackoff);
  const wait = c.pullBackoff * 1000;
  k.writeStatus(rt);
  // the next pod sync finds the image in back-off
  k.after(rt, 1000, () => {
    if (rt.terminating) return;
    c.state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}": ErrImagePull: ${err}` } };
    k.event(rt, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, k.fieldPath(c));
    k.event(rt, 'Warning', 'Failed', 'Error: ImagePullBackOff', k.fieldPath(c));
    k.writeStatus(rt);
  });
  c.retryTimer = k.after(rt, wait, () => {
    c.retryTimer = undefined;
    if (rt.terminating) return;
    ensureImage(k, rt, c, retry);
  });
}
