import { describe, expect, it } from 'vitest';
import { keyAt } from './yamlPath';

const svc = `apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  ports:
  - port: 80
    nodePrt: 30000
`;

describe('keyAt', () => {
  it('finds a key inside a list item with its parent path and document kind', () => {
    const k = keyAt(svc, svc.indexOf('nodePrt') + 2);
    expect(k).toMatchObject({ name: 'nodePrt', parent: ['spec', 'ports', 0], root: { apiVersion: 'v1', kind: 'Service' } });
    expect(svc.slice(...k!.range)).toBe('nodePrt');
  });

  it('finds keys in the second document of a file', () => {
    const two = `${svc}---\napiVersion: v1\nkind: Pod\nspec:\n  containrs: []\n`;
    expect(keyAt(two, two.indexOf('containrs'))).toMatchObject({ name: 'containrs', parent: ['spec'], root: { kind: 'Pod' } });
  });

  it('is undefined away from keys', () => {
    expect(keyAt(svc, svc.indexOf('30000') + 1)).toBeUndefined();
  });
});
