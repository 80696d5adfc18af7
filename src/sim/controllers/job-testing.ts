/** A one-container busybox Job for controller tests: `spec` merged in, the command run by sh. */
import type { KObject } from '../types';

export function testJob(spec: Record<string, unknown>, command = 'echo done'): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi' },
    spec: { ...spec, template: { spec: { containers: [{ name: 'pi', image: 'busybox', command: ['sh', '-c', command] }], restartPolicy: 'Never' } } },
  };
}
