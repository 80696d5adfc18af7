// Long-session benchmark run (its own process, started with --expose-gc): a busy lesson for
// eight virtual hours; prints the heap after a collection and what the cluster holds, per hour.
import { busyLesson } from '../src/scenarios/long-session';

const gc = (globalThis as { gc?: () => void }).gc;
busyLesson(Number(process.env.BENCH_HOURS ?? 8), (c) => {
  gc?.();
  console.log(JSON.stringify({ ...c, heap: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss }));
});
