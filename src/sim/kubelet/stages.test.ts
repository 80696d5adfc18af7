import { describe, expect, it } from 'vitest';
import { afterExit, BACKOFF_RESET_MS, crashLoopBackoff, finalPhase, MAX_BACKOFF_S, nextPullBackoff, pullStep } from './stages';

describe('image pull back-off', () => {
  it('starts at 10 s and doubles to 5 min', () => {
    const seen: number[] = [];
    let b = 0;
    for (let i = 0; i < 8; i++) seen.push((b = nextPullBackoff(b)));
    expect(seen).toEqual([10, 20, 40, 80, 160, 300, 300, 300]);
  });
});

describe('CrashLoopBackOff', () => {
  it.each([
    // kept back-off, ran for (ms) → delay of this restart, back-off kept for the next
    [0, 1_000, 0, 10],
    [10, 1_000, 10, 20],
    [20, 5_000, 20, 40],
    [160, 1_000, 160, 300],
    [MAX_BACKOFF_S, 1_000, 300, 300],
    // ten minutes of running resets it: restart at once, then 10 s
    [300, BACKOFF_RESET_MS, 0, 10],
    [40, BACKOFF_RESET_MS - 1, 40, 80],
  ])('kept %i s, ran %i ms → delay %i s, next %i s', (kept, ran, delay, next) => {
    expect(crashLoopBackoff(kept, ran)).toEqual({ delay, next });
  });

  it('follows 0, 10, 20, 40, 80, 160, 300 for a container that keeps crashing', () => {
    const delays: number[] = [];
    let kept = 0;
    for (let i = 0; i < 8; i++) {
      const r = crashLoopBackoff(kept, 1_000);
      delays.push(r.delay);
      kept = r.next;
    }
    expect(delays).toEqual([0, 10, 20, 40, 80, 160, 300, 300]);
  });
});

describe('after a container exits', () => {
  it.each([
    // terminating, init, exit code, restartPolicy → outcome
    [true, false, 1, 'Always', 'terminating'],
    [true, true, 0, 'Never', 'terminating'],
    [false, false, 0, undefined, 'restart'],
    [false, false, 0, 'Always', 'restart'],
    [false, false, 1, 'Always', 'restart'],
    [false, false, 0, 'OnFailure', 'done'],
    [false, false, 137, 'OnFailure', 'restart'],
    [false, false, 0, 'Never', 'done'],
    [false, false, 1, 'Never', 'done'],
    [false, true, 0, 'Always', 'init-succeeded'],
    [false, true, 0, 'Never', 'init-succeeded'],
    [false, true, 1, 'Always', 'restart'],
    [false, true, 1, 'OnFailure', 'restart'],
    [false, true, 1, 'Never', 'done'],
  ] as const)('terminating=%s init=%s code=%i policy=%s → %s', (terminating, init, exitCode, restartPolicy, outcome) => {
    expect(afterExit({ terminating, init, exitCode, restartPolicy })).toBe(outcome);
  });
});

describe("a pod's final phase", () => {
  const main = (done: boolean, exitCode?: number) => ({ init: false, done, exitCode });
  const init = (done: boolean, exitCode?: number) => ({ init: true, done, exitCode });
  it.each([
    ['a regular container still runs', [main(true, 0), main(false)], undefined],
    ['all regular containers succeeded', [main(true, 0), main(true, 0)], 'Succeeded'],
    ['one regular container failed', [main(true, 0), main(true, 2)], 'Failed'],
    ['a failed init container fails the pod before the others ran', [init(true, 1), main(false)], 'Failed'],
    ['init containers succeeded, the main one too', [init(true, 0), main(true, 0)], 'Succeeded'],
    ['a done container without a termination counts as 0', [main(true)], 'Succeeded'],
    ['an init container that is not done yet decides nothing', [init(false, 1), main(false)], undefined],
  ] as const)('%s', (_, containers, phase) => {
    expect(finalPhase([...containers])).toBe(phase);
  });
});

describe('the first step of getting an image', () => {
  it.each([
    ['an invalid name is refused whatever the policy', { invalid: 'invalid reference format', policy: 'Always', present: false }, { kind: 'invalid', reason: 'InvalidImageName', message: 'Failed to apply default image tag "Nginx": invalid reference format' }],
    ['a present image is used under IfNotPresent', { policy: 'IfNotPresent', present: true }, { kind: 'present' }],
    ['a present image is used under Never', { policy: 'Never', present: true }, { kind: 'present' }],
    ['Always pulls even a present image', { policy: 'Always', present: true }, { kind: 'pull' }],
    ['a missing image is pulled under IfNotPresent', { policy: 'IfNotPresent', present: false }, { kind: 'pull' }],
    ['Never refuses a missing image', { policy: 'Never', present: false }, { kind: 'never', reason: 'ErrImageNeverPull', message: 'Container image "Nginx" is not present with pull policy of Never' }],
  ] as const)('%s', (_, o, step) => {
    expect(pullStep('Nginx', o)).toEqual(step);
  });
});
