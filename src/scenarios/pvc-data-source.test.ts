import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('PVC data sources (pvc-data-source.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('pvc-data-source.sh', 1);

  it('fills dataSourceRef from dataSource on create (NormalizeDataSources)', () => {
    expect(outputOf(t, 'kubectl get pvc clone -o jsonpath="{.spec.dataSource}{\\"\\\\n\\"}{.spec.dataSourceRef}"')).toBe(
      '{"kind":"PersistentVolumeClaim","name":"src"}\n{"kind":"PersistentVolumeClaim","name":"src"}\n',
    );
  });

  it('lets the hostPath provisioner bind both claims: it does not look at the data source', () => {
    expect(outputOf(t, 'kubectl get pvc')).toMatch(/\nclone +Bound +pvc-/);
    expect(outputOf(t, 'kubectl get pvc')).toMatch(/\nfrom-snap +Bound +pvc-/);
  });

  it('describes the data source as kubectl v1.34 does, aligned with Used By', () => {
    expect(outputOf(t, 'kubectl describe pvc from-snap')).toContain(
      'VolumeMode:    Filesystem\nDataSource:\n  APIGroup:  snapshot.storage.k8s.io\n  Kind:      VolumeSnapshot\n  Name:      snap1\nUsed By:     <none>\n',
    );
  });
});
