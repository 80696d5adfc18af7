/**
 * The kubelet's lifecycle decisions as pure functions, one per transition (as KWOK's stages are
 * data): what a failed pull, an exited container and a finished pod lead to. The Kubelet applies
 * them (state, events, timers); `stages.test.ts` holds their tables.
 */

/** The longest back-off, for image pulls and crashing containers (seconds; the kubelet's MaxContainerBackOff). */
export const MAX_BACKOFF_S = 300;
/** The first back-off (seconds). */
const INITIAL_BACKOFF_S = 10;
/** A container that ran this long before exiting restarts without delay, its back-off reset. */
export const BACKOFF_RESET_MS = 600_000;

/** The image pull back-off after one more failed pull (`prev` 0: the first failure). */
export function nextPullBackoff(prev: number): number {
  return prev ? Math.min(prev * 2, MAX_BACKOFF_S) : INITIAL_BACKOFF_S;
}

/**
 * CrashLoopBackOff: the delay before this restart (0: at once) and the back-off kept for the next
 * one, from the kept back-off and how long the container ran.
 */
export function crashLoopBackoff(kept: number, ranMs: number): { delay: number; next: number } {
  const delay = ranMs >= BACKOFF_RESET_MS ? 0 : kept;
  return { delay, next: delay === 0 ? INITIAL_BACKOFF_S : Math.min(delay * 2, MAX_BACKOFF_S) };
}

/**
 * What follows a container's exit: the pod is being deleted (`terminating`), an init container
 * succeeded (start the next), the container is done for good, or it restarts.
 */
export type ExitOutcome = 'terminating' | 'init-succeeded' | 'done' | 'restart';

export function afterExit(o: { terminating: boolean; init: boolean; exitCode: number; restartPolicy: string | undefined }): ExitOutcome {
  if (o.terminating) return 'terminating';
  if (o.init && o.exitCode === 0) return 'init-succeeded';
  const policy = o.restartPolicy ?? 'Always';
  // a failed init container is retried unless the pod never restarts
  const restart = policy === 'Always' || (policy === 'OnFailure' && o.exitCode !== 0) || (o.init && o.exitCode !== 0 && policy !== 'Never');
  return restart ? 'restart' : 'done';
}

/** A container as the pod's final phase sees it. */
interface Finished {
  init: boolean;
  done: boolean;
  /** Of its last termination; none counts as 0. */
  exitCode?: number;
}

/**
 * The pod's final phase once its containers are done for good, or undefined while a regular
 * container still may run: Failed when an init container failed or a regular one exited non-zero.
 */
export function finalPhase(containers: Finished[]): 'Succeeded' | 'Failed' | undefined {
  const mains = containers.filter((x) => !x.init);
  const initFailed = containers.some((x) => x.init && x.done && (x.exitCode ?? 0) !== 0);
  if (!initFailed && !mains.every((x) => x.done)) return undefined;
  return initFailed || mains.some((x) => (x.exitCode ?? 0) !== 0) ? 'Failed' : 'Succeeded';
}

/**
 * The first step of getting a container's image: refuse an invalid name, use what the node has
 * (unless the policy is Always), refuse under Never, or pull.
 */
export type PullStep = { kind: 'invalid'; reason: 'InvalidImageName'; message: string } | { kind: 'present' } | { kind: 'never'; reason: 'ErrImageNeverPull'; message: string } | { kind: 'pull' };

export function pullStep(image: string, o: { invalid?: string; policy: string; present: boolean }): PullStep {
  if (o.invalid) return { kind: 'invalid', reason: 'InvalidImageName', message: `Failed to apply default image tag "${image}": ${o.invalid}` };
  if (o.present && o.policy !== 'Always') return { kind: 'present' };
  if (o.policy === 'Never') return { kind: 'never', reason: 'ErrImageNeverPull', message: `Container image "${image}" is not present with pull policy of Never` };
  return { kind: 'pull' };
}
