/**
 * The API Priority and Fairness objects a v1.34 API server creates at startup (k8s.io/apiserver
 * pkg/apis/flowcontrol/bootstrap/default.go: the mandatory and the suggested configuration).
 */
import type { KObject } from '../types';

const GROUP_VERSION = 'flowcontrol.apiserver.k8s.io/v1';
/** Every bootstrap object carries it: the API server keeps its spec up to date. */
const AUTO_UPDATE = { 'apf.kubernetes.io/autoupdate-spec': 'true' };

type Queuing = [queues: number, handSize: number, queueLengthLimit: number];

/** [name, nominalConcurrencyShares, lendablePercent, queuing (absent: Reject)]; `exempt` is the one Exempt level. */
const LIMITED_LEVELS: [string, number, number, Queuing?][] = [
  ['catch-all', 5, 0],
  ['system', 30, 33, [64, 6, 50]],
  ['node-high', 40, 25, [64, 6, 50]],
  ['leader-election', 10, 0, [16, 4, 50]],
  ['workload-high', 40, 50, [128, 6, 50]],
  ['workload-low', 100, 90, [128, 6, 50]],
  ['global-default', 20, 50, [128, 6, 50]],
];

type Subject = { kind: 'Group' | 'User'; name: string } | { kind: 'ServiceAccount'; namespace: string; name: string };
interface ResourceRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  clusterScope: boolean;
}
interface Schema {
  name: string;
  level: string;
  precedence: number;
  distinguisher?: 'ByUser' | 'ByNamespace';
  subjects: Subject[];
  resourceRules: ResourceRule[];
  /** [verbs, URLs] of the one non-resource rule, if any. */
  nonResource?: [string[], string[]];
}

const group = (name: string): Subject => ({ kind: 'Group', name });
const user = (name: string): Subject => ({ kind: 'User', name });
const kubeSystemServiceAccounts: Subject = { kind: 'ServiceAccount', namespace: 'kube-system', name: '*' };
/** Every verb on every resource, namespaced or not. */
const EVERYTHING: ResourceRule = { verbs: ['*'], apiGroups: ['*'], resources: ['*'], clusterScope: true };
const ALL_URLS: [string[], string[]] = [['*'], ['*']];
const LEASES: ResourceRule = { verbs: ['*'], apiGroups: ['coordination.k8s.io'], resources: ['leases'], clusterScope: false };
const everyone = [group('system:unauthenticated'), group('system:authenticated')];

const SCHEMAS: Schema[] = [
  { name: 'exempt', level: 'exempt', precedence: 1, subjects: [group('system:masters')], resourceRules: [EVERYTHING], nonResource: ALL_URLS },
  { name: 'probes', level: 'exempt', precedence: 2, subjects: everyone, resourceRules: [], nonResource: [['get'], ['/healthz', '/readyz', '/livez']] },
  {
    name: 'system-leader-election',
    level: 'leader-election',
    precedence: 100,
    distinguisher: 'ByUser',
    subjects: [user('system:kube-controller-manager'), user('system:kube-scheduler'), kubeSystemServiceAccounts],
    resourceRules: [{ ...LEASES, verbs: ['get', 'create', 'update'] }],
  },
  {
    name: 'system-node-high',
    level: 'node-high',
    precedence: 400,
    distinguisher: 'ByUser',
    subjects: [group('system:nodes')],
    resourceRules: [{ verbs: ['*'], apiGroups: [''], resources: ['nodes', 'nodes/status'], clusterScope: true }, LEASES],
  },
  { name: 'system-nodes', level: 'system', precedence: 500, distinguisher: 'ByUser', subjects: [group('system:nodes')], resourceRules: [EVERYTHING], nonResource: ALL_URLS },
  {
    name: 'kube-controller-manager',
    level: 'workload-high',
    precedence: 800,
    distinguisher: 'ByNamespace',
    subjects: [user('system:kube-controller-manager')],
    resourceRules: [EVERYTHING],
    nonResource: ALL_URLS,
  },
  { name: 'kube-scheduler', level: 'workload-high', precedence: 800, distinguisher: 'ByNamespace', subjects: [user('system:kube-scheduler')], resourceRules: [EVERYTHING], nonResource: ALL_URLS },
  {
    name: 'kube-system-service-accounts',
    level: 'workload-high',
    precedence: 900,
    distinguisher: 'ByNamespace',
    subjects: [kubeSystemServiceAccounts],
    resourceRules: [EVERYTHING],
    nonResource: ALL_URLS,
  },
  { name: 'service-accounts', level: 'workload-low', precedence: 9000, distinguisher: 'ByUser', subjects: [group('system:serviceaccounts')], resourceRules: [EVERYTHING], nonResource: ALL_URLS },
  { name: 'global-default', level: 'global-default', precedence: 9900, distinguisher: 'ByUser', subjects: everyone, resourceRules: [EVERYTHING], nonResource: ALL_URLS },
  { name: 'catch-all', level: 'catch-all', precedence: 10000, distinguisher: 'ByUser', subjects: everyone, resourceRules: [EVERYTHING], nonResource: ALL_URLS },
];

/** A flowcontrol Subject as the API encodes it (the kind's own member holds the name). */
function subjectOf(s: Subject): Record<string, unknown> {
  if (s.kind === 'ServiceAccount') return { kind: s.kind, serviceAccount: { namespace: s.namespace, name: s.name } };
  return s.kind === 'User' ? { kind: s.kind, user: { name: s.name } } : { kind: s.kind, group: { name: s.name } };
}

/** clusterScope is omitted when false; namespaces is always every namespace in the bootstrap rules. */
function resourceRuleOf(r: ResourceRule): Record<string, unknown> {
  return { verbs: r.verbs, apiGroups: r.apiGroups, resources: r.resources, ...(r.clusterScope ? { clusterScope: true } : {}), namespaces: ['*'] };
}

/** The PriorityLevelConfigurations: `exempt` first, then the limited ones. */
export function bootstrapPriorityLevels(): KObject[] {
  const level = (name: string, spec: Record<string, unknown>): KObject => ({
    apiVersion: GROUP_VERSION,
    kind: 'PriorityLevelConfiguration',
    metadata: { name, generation: 1, annotations: { ...AUTO_UPDATE } },
    spec,
    status: {},
  });
  return [
    level('exempt', { type: 'Exempt', exempt: { nominalConcurrencyShares: 0, lendablePercent: 0 } }),
    ...LIMITED_LEVELS.map(([name, shares, lendable, q]) =>
      level(name, {
        type: 'Limited',
        limited: {
          nominalConcurrencyShares: shares,
          limitResponse: q ? { type: 'Queue', queuing: { queues: q[0], handSize: q[1], queueLengthLimit: q[2] } } : { type: 'Reject' },
          lendablePercent: lendable,
        },
      }),
    ),
  ];
}

/**
 * The FlowSchemas, each with the Dangling condition the API server's APF configuration controller
 * writes once it finds the priority level (apf_controller.go presyncFlowSchemaStatus).
 */
export function bootstrapFlowSchemas(now: string): KObject[] {
  return SCHEMAS.map((s) => ({
    apiVersion: GROUP_VERSION,
    kind: 'FlowSchema',
    metadata: { name: s.name, generation: 1, annotations: { ...AUTO_UPDATE } },
    spec: {
      priorityLevelConfiguration: { name: s.level },
      matchingPrecedence: s.precedence,
      ...(s.distinguisher ? { distinguisherMethod: { type: s.distinguisher } } : {}),
      rules: [
        {
          subjects: s.subjects.map(subjectOf),
          ...(s.resourceRules.length ? { resourceRules: s.resourceRules.map(resourceRuleOf) } : {}),
          ...(s.nonResource ? { nonResourceRules: [{ verbs: s.nonResource[0], nonResourceURLs: s.nonResource[1] }] } : {}),
        },
      ],
    },
    status: {
      conditions: [
        {
          type: 'Dangling',
          status: 'False',
          lastTransitionTime: now,
          reason: 'Found',
          message: `This FlowSchema references the PriorityLevelConfiguration object named "${s.level}" and it exists`,
        },
      ],
    },
  }));
}
