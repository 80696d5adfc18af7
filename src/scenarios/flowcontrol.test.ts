import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// the mandatory and suggested configuration of k8s.io/apiserver pkg/apis/flowcontrol/bootstrap/default.go (v1.34)
describe('API Priority and Fairness bootstrap objects', { timeout: 60_000 }, () => {
  const t = transcriptOf('flowcontrol.sh', 1);

  it('lists the FlowSchemas by matching precedence, each finding its priority level', () => {
    expect(outputOf(t, 'kubectl get flowschemas')).toBe(
      [
        'NAME                           PRIORITYLEVEL     MATCHINGPRECEDENCE   DISTINGUISHERMETHOD   AGE   MISSINGPL',
        'exempt                         exempt            1                    <none>                18d   False',
        'probes                         exempt            2                    <none>                18d   False',
        'system-leader-election         leader-election   100                  ByUser                18d   False',
        'system-node-high               node-high         400                  ByUser                18d   False',
        'system-nodes                   system            500                  ByUser                18d   False',
        'kube-controller-manager        workload-high     800                  ByNamespace           18d   False',
        'kube-scheduler                 workload-high     800                  ByNamespace           18d   False',
        'kube-system-service-accounts   workload-high     900                  ByNamespace           18d   False',
        'service-accounts               workload-low      9000                 ByUser                18d   False',
        'global-default                 global-default    9900                 ByUser                18d   False',
        'catch-all                      catch-all         10000                ByUser                18d   False',
        '',
      ].join('\n'),
    );
  });

  it('keeps the order of named objects, and name order outside tables', () => {
    expect(outputOf(t, 'kubectl get flowschema probes exempt').split('\n').map((l) => l.split(' ')[0])).toEqual(['NAME', 'probes', 'exempt', '']);
    expect(outputOf(t, 'kubectl get flowschemas -o name').split('\n').slice(0, 3)).toEqual([
      'flowschema.flowcontrol.apiserver.k8s.io/catch-all',
      'flowschema.flowcontrol.apiserver.k8s.io/exempt',
      'flowschema.flowcontrol.apiserver.k8s.io/global-default',
    ]);
    expect(outputOf(t, 'kubectl get flowschemas --sort-by').split('\n')[1]).toMatch(/^catch-all +catch-all$/);
  });

  it('lists the priority levels with their shares and queuing', () => {
    expect(outputOf(t, 'kubectl get prioritylevelconfigurations')).toBe(
      [
        'NAME              TYPE      NOMINALCONCURRENCYSHARES   QUEUES   HANDSIZE   QUEUELENGTHLIMIT   AGE',
        'catch-all         Limited   5                          <none>   <none>     <none>             18d',
        'exempt            Exempt    <none>                     <none>   <none>     <none>             18d',
        'global-default    Limited   20                         128      6          50                 18d',
        'leader-election   Limited   10                         16       4          50                 18d',
        'node-high         Limited   40                         64       6          50                 18d',
        'system            Limited   30                         64       6          50                 18d',
        'workload-high     Limited   40                         128      6          50                 18d',
        'workload-low      Limited   100                        128      6          50                 18d',
        '',
      ].join('\n'),
    );
  });

  it('stores the rules, the auto-update annotation and the Dangling condition', () => {
    const fs = outputOf(t, 'kubectl get flowschema system-leader-election -o yaml');
    expect(fs).toContain('    apf.kubernetes.io/autoupdate-spec: "true"\n');
    expect(fs).toContain('      resources:\n      - leases\n      verbs:\n      - get\n      - create\n      - update\n');
    expect(fs).toContain('    - kind: ServiceAccount\n      serviceAccount:\n        name: \'*\'\n        namespace: kube-system\n');
    expect(fs).toContain(
      '    message: This FlowSchema references the PriorityLevelConfiguration object named\n      "leader-election" and it exists\n    reason: Found\n    status: "False"\n    type: Dangling\n',
    );
    expect(outputOf(t, 'kubectl get prioritylevelconfiguration exempt -o yaml')).toContain(
      'spec:\n  exempt:\n    lendablePercent: 0\n    nominalConcurrencyShares: 0\n  type: Exempt\nstatus: {}\n',
    );
  });
});
