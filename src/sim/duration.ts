/** Go's time.Duration string for whole milliseconds: `512ms`, `2.345s`, `1m3.2s`. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const m = Math.floor(ms / 60000);
  const s = ((ms % 60000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return m ? `${m}m${s}s` : `${s}s`;
}
