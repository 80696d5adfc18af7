import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('ConfigMap binaryData (binary-data.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('binary-data.sh', 1);

  it('describes binaryData by size, as kubectl v1.34 does (checked with kubectl34 against npm run api)', () => {
    expect(outputOf(t, 'kubectl describe cm bin')).toBe('Name:         bin\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\ntext:\n----\nhello\n\n\nBinaryData\n====\nblob: 5 bytes\n\nEvents:  <none>\n');
    expect(outputOf(t, 'kubectl get cm bin')).toMatch(/^NAME +DATA +AGE\nbin +2 /);
  });

  it('mounts a binary key with its own byte count beside the text keys', () => {
    const ls = outputOf(t, 'kubectl exec bp -- ls -lL /cfg');
    expect(ls).toMatch(/^total 8\n-rw-r--r-- +1 root +root +5 .* blob\n/);
    expect(ls).toMatch(/\n-rw-r--r-- +1 root +root +5 .* text\n$/);
  });
});
