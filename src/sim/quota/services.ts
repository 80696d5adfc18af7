/** The service evaluator (core/services.go): services, count/services, node ports and load balancers. */
import type { Json } from '../json';
import { count } from '../quantity-math';
import type { ResourceList } from './resource-list';
import { matchesNoScope, objectCountName, type Evaluator } from './evaluator';

const SERVICE_RESOURCES = [objectCountName('services'), 'services', 'services.nodeports', 'services.loadbalancers'];

/** GetQuotaServiceType: the types that use quota beyond the service itself. */
export const quotaServiceType = (svc: Json): string => (svc?.spec?.type === 'NodePort' || svc?.spec?.type === 'LoadBalancer' ? svc.spec.type : '');

export const serviceEvaluator: Evaluator = {
  resource: 'services',
  matchingResources: (input) => input.filter((n) => SERVICE_RESOURCES.includes(n)),
  // a service's type can change, and with it what it uses
  handles: (op, sub) => !sub && (op === 'CREATE' || op === 'UPDATE'),
  constraints: () => undefined,
  matchesScope: matchesNoScope,
  usage(svc) {
    const ports: Json[] = Array.isArray(svc?.spec?.ports) ? svc.spec.ports : [];
    const type = quotaServiceType(svc);
    // without node ports allocated for a load balancer, only those set explicitly count
    const noAlloc = type === 'LoadBalancer' && svc.spec.allocateLoadBalancerNodePorts === false;
    const nodePorts = type === '' ? 0 : noAlloc ? ports.filter((p) => p?.nodePort).length : ports.length;
    const out: ResourceList = new Map([
      [objectCountName('services'), count(1)],
      ['services', count(1)],
      ['services.loadbalancers', count(type === 'LoadBalancer' ? 1 : 0)],
      ['services.nodeports', count(nodePorts)],
    ]);
    return out;
  },
};
