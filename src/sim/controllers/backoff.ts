/** client-go's per-item exponential back-off: 5 ms doubling per failure, capped at 1000 s. */
export function backoffDelay(failures: number): number {
  return Math.min(5 * 2 ** failures, 1_000_000);
}
