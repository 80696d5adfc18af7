/**
 * `kubectl autoscale TYPE NAME --max=N [--min=N] [--cpu=70%|500m] [--memory=80%|1Gi]`: an
 * autoscaling/v2 HorizontalPodAutoscaler for a scalable workload, built as kubectl's autoscale builds it.
 */
import { ApiError, type KObject } from '../../../sim/types';
import { isQuantity } from '../../../sim/quantity';
import type { CommandDef } from '../../command';
import { formatApiError, KubectlError } from '../../errors';
import { HELP } from '../../help/autoscale';
import { printObjects } from '../../printers';
import { DRY_RUN_FLAG, dryRunOf, FILENAME_FLAGS, OUTPUT_FLAG } from '../write/common';

/** Kinds with a scale subresource, by resource. */
const SCALABLE = new Set(['deployments', 'replicasets', 'statefulsets', 'replicationcontrollers']);

interface Metric {
  type: 'Utilization' | 'AverageValue';
  value: string | number;
}

/** `70%` is a utilization, anything else a quantity (kubectl's parseResourceInput). */
function parseResource(input: string, resource: string): Metric {
  if (input.endsWith('%')) {
    const n = input.slice(0, -1);
    if (!/^-?\d+$/.test(n)) throw new KubectlError(`invalid percentage value: ${n}`);
    return { type: 'Utilization', value: Number(n) };
  }
  if (!isQuantity(input)) throw new KubectlError(`invalid resource ${resource} value: ${input}`);
  return { type: 'AverageValue', value: input };
}

const metricSpec = (name: string, m: Metric) => ({
  type: 'Resource',
  resource: { name, target: m.type === 'Utilization' ? { type: 'Utilization', averageUtilization: m.value } : { type: 'AverageValue', averageValue: m.value } },
});

export const autoscaleCommands: CommandDef[] = [
  {
    path: ['autoscale'],
    short: 'Auto-scale a deployment, replica set, stateful set, or replication controller',
    help: HELP.autoscale,
    flags: [
      { name: 'max', type: 'int', default: -1, required: true },
      { name: 'min', type: 'int', default: -1 },
      { name: 'cpu', type: 'string', default: '' },
      { name: 'memory', type: 'string', default: '' },
      { name: 'cpu-percent', type: 'int', default: -1 },
      { name: 'name', type: 'string', default: '' },
      DRY_RUN_FLAG,
      OUTPUT_FLAG,
      ...FILENAME_FLAGS,
      { name: 'save-config', type: 'bool' },
      { name: 'field-manager', type: 'string', default: 'kubectl-autoscale' },
      { name: 'template', type: 'string' },
      { name: 'show-managed-fields', type: 'bool' },
      { name: 'allow-missing-template-keys', type: 'bool', default: true },
    ],
    run(p, ctx, out) {
      if (p.set.has('cpu-percent')) out.warn("Flag --cpu-percent has been deprecated, Use --cpu with percentage or resource quantity format (e.g., '70%' for utilization or '500m' for milliCPU).");
      const max = Number(p.flags.max);
      const min = Number(p.flags.min);
      const cpu = String(p.flags.cpu ?? '');
      const memory = String(p.flags.memory ?? '');
      const cpuPercent = Number(p.flags['cpu-percent']);
      if (max < 1) throw new KubectlError(`--max=MAXPODS is required and must be at least 1, max: ${max}`);
      if (max < min) throw new KubectlError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
      if (cpuPercent >= 0 && cpu) throw new KubectlError('--cpu-percent and --cpu are mutually exclusive');
      const metrics: object[] = [];
      if (cpuPercent >= 0) metrics.push(metricSpec('cpu', { type: 'Utilization', value: cpuPercent }));
      if (cpu) metrics.push(metricSpec('cpu', parseResource(cpu, 'cpu')));
      if (memory) metrics.push(metricSpec('memory', parseResource(memory, 'memory')));
      const dry = dryRunOf(p);

      const args = p.args.length === 1 && p.args[0].includes('/') ? p.args[0].split('/') : p.args;
      const [type, ...names] = args;
      if (type === undefined) throw new KubectlError('You must provide the resource type and name, or a file to autoscale');
      if (!names.length) throw new KubectlError('resource(s) were provided, but no name was specified');
      const api = ctx.cluster.api;
      const rt = api.resource(type);
      if (!rt) throw new KubectlError(`the server doesn't have a resource type "${type}"`);
      for (const name of names) {
        const target = api.get(rt.plural, rt.namespaced ? ctx.namespace : undefined, name);
        if (!SCALABLE.has(rt.plural)) throw new KubectlError(`cannot autoscale a ${rt.kind}: could not find scale subresource for ${rt.group}/${rt.version}, Resource=${rt.plural} in discovery information`);
        const hpa = {
          kind: 'HorizontalPodAutoscaler',
          apiVersion: 'autoscaling/v2',
          metadata: { name: String(p.flags.name || name) },
          spec: {
            scaleTargetRef: { kind: rt.kind, name: target.metadata.name, apiVersion: target.apiVersion },
            ...(min >= 0 ? { minReplicas: min } : {}),
            maxReplicas: max,
            ...(metrics.length ? { metrics } : {}),
          },
          status: { desiredReplicas: 0, currentMetrics: null },
        } as unknown as KObject;
        const output = p.flags.output as string | undefined;
        if (dry === 'client') {
          out.write(output ? printObjects([hpa], output, { list: false, keepKeyOrder: true }) : 'horizontalpodautoscaler.autoscaling/' + hpa.metadata.name + ' created (dry run)\n');
          continue;
        }
        let res: KObject;
        try {
          res = api.create({ ...hpa, metadata: { ...hpa.metadata, namespace: ctx.namespace } }, { dryRun: dry === 'server', namespace: ctx.namespace });
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          // kubectl falls back to autoscaling/v1 when the configuration fits it, which answers with the same error
          if (!cpu) throw new KubectlError('failed to create autoscaling/v2 HPA and the configuration is incompatible with autoscaling/v1: empty input');
          if (memory || !cpu.endsWith('%')) throw new KubectlError('failed to create autoscaling/v2 HPA and the configuration is incompatible with autoscaling/v1: %!w(<nil>)');
          throw new KubectlError(formatApiError(e), true);
        }
        if (output && output !== 'name') out.write(printObjects([res], output, { list: false }));
        else out.line(`horizontalpodautoscaler.autoscaling/${res.metadata.name}${output === 'name' ? '' : dry === 'server' ? ' autoscaled (server dry run)' : ' autoscaled'}`);
      }
    },
  },
];
