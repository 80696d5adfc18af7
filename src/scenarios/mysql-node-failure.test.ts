import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('MySQL on an NFS-backed volume survives its node (notes 6.6.2, mysql-node-failure.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('mysql-node-failure.sh', 1);
  const [before, after] = t.split('$ node stop k8s-node2\n');

  it('writes a row through mysql -e from a client pod', () => {
    expect(outputOf(before, 'kubectl get pod -l app=mysql -o wide')).toMatch(/mysql-\S+ +1\/1 +Running +0 +\S+ +10\.244\.2\.\d+ +k8s-node2/);
    expect(before).toContain('Warning: Using a password on the command line interface can be insecure.\nid\n111\npod "mysql-client" deleted from default namespace\n');
  });

  it('after the node stops, the pod is recreated on the other node and the row is still there', () => {
    expect(outputOf(after, 'kubectl get nodes')).toMatch(/k8s-node2 +NotReady/);
    const pods = outputOf(after, 'kubectl get pod -l app=mysql -o wide');
    expect(pods).toMatch(/mysql-\S+ +1\/1 +Terminating +0 +\S+ +10\.244\.2\.\d+ +k8s-node2/);
    expect(pods).toMatch(/mysql-\S+ +1\/1 +Running +0 +\S+ +10\.244\.1\.\d+ +k8s-node1/);
    expect(after.split('select * from my_id;"\n')[1]).toContain('id\n111\n');
  });
});
