import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import { Shell } from './shell';

// kubeadm's files on the control-plane node
const ETCD_CA_FILE = '/etc/kubernetes/pki/etcd/ca.crt';
const ETCD_SERVER_CERT = '/etc/kubernetes/pki/etcd/server.crt';
const ETCD_SERVER_KEY = '/etc/kubernetes/pki/etcd/server.key';
const TLS_ENV = `export ETCDCTL_CACERT=${ETCD_CA_FILE} ETCDCTL_CERT=${ETCD_SERVER_CERT} ETCDCTL_KEY=${ETCD_SERVER_KEY}`;
const shell = () => new Shell({ cluster: new Cluster({ seed: 1 }), fs: new MemoryWorkspace() });
const TS = '"ts":"[0-9T:.-]+Z"';

describe('etcdctl reads ETCDCTL_* variables (pkg/flags, etcd v3.6.4)', () => {
  it('takes the client TLS files and the output format from exported variables', () => {
    const sh = shell();
    sh.run(TLS_ENV);
    const r = sh.run('ETCDCTL_WRITE_OUT=table etcdctl member list');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\+-+\+/);
    expect(r.out).toContain('| k8s-master |');
  });

  it('warns about ETCDCTL_API: v3.6 has only the v3 API and no flag of that name', () => {
    const sh = shell();
    sh.run(TLS_ENV);
    const r = sh.run('ETCDCTL_API=3 etcdctl member list');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^\\{"level":"warn",${TS},"caller":"flags/flag.go:94","msg":"unrecognized environment variable","environment-variable":"ETCDCTL_API=3"\\}\\n[0-9a-f]+, started, k8s-master`));
  });

  it('is fatal when a variable and its flag are both set', () => {
    const sh = shell();
    sh.run(TLS_ENV);
    const r = sh.run('etcdctl endpoint health --cacert=/etc/kubernetes/pki/etcd/ca.crt');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      new RegExp(`^\\{"level":"fatal",${TS},"caller":"flags/flag.go:86","msg":"conflicting environment variable is shadowed by corresponding command-line flag \\(either unset environment variable or disable flag\\)\\)","environment-variable":"ETCDCTL_CACERT"\\}\\n$`),
    );
  });

  it('gives --cluster to the endpoint commands only (it is their own persistent flag)', () => {
    const sh = shell();
    sh.run(TLS_ENV);
    expect(sh.run('ETCDCTL_CLUSTER=true etcdctl endpoint status').out.trim().split('\n')).toHaveLength(3);
    expect(sh.run('ETCDCTL_CLUSTER=true etcdctl member list').out).toContain('"environment-variable":"ETCDCTL_CLUSTER=true"');
  });

  it('keeps the default of a duration it cannot parse, and reads no variable for `version`', () => {
    const sh = shell();
    sh.run(TLS_ENV);
    expect(sh.run('ETCDCTL_COMMAND_TIMEOUT=soon etcdctl endpoint health')).toMatchObject({ code: 0 });
    expect(sh.run('ETCDCTL_API=2 etcdctl version').out).toBe('etcdctl version: 3.6.4\nAPI version: 3.6\n');
  });

  it('sees only exported variables and the command’s own prefixes', () => {
    const sh = shell();
    sh.run(`ETCDCTL_CACERT=${ETCD_CA_FILE}`);
    // not exported: the client has no CA and refuses the server's certificate
    expect(sh.run(`etcdctl member list --cert=${ETCD_SERVER_CERT} --key=${ETCD_SERVER_KEY} --command-timeout=1s`).code).not.toBe(0);
    sh.run('export ETCDCTL_CACERT');
    expect(sh.run(`etcdctl member list --cert=${ETCD_SERVER_CERT} --key=${ETCD_SERVER_KEY}`).code).toBe(0);
    sh.run('unset ETCDCTL_CACERT');
    expect(sh.run(`ETCDCTL_CACERT=${ETCD_CA_FILE} etcdctl member list --cert=${ETCD_SERVER_CERT} --key=${ETCD_SERVER_KEY}`).code).toBe(0);
  });

});
