import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import { COMMAND_TIMEOUT_MS } from '../sim/etcd/etcdctl/etcdctl';
import { Shell } from './shell';

const P = '/etc/kubernetes/pki';
const SERVER = `--cert=${P}/etcd/server.crt --key=${P}/etcd/server.key`;
const CA = `--cacert=${P}/etcd/ca.crt`;
const DEADLINE = 'Error: context deadline exceeded\n';
const LISTED = /^[0-9a-f]+, started, k8s-master, /;

function shell() {
  const fs = new MemoryWorkspace();
  fs.write('mine.crt', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
  fs.write('mine.key', '-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n');
  fs.write('notes.txt', 'not a certificate\n');
  return new Shell({ cluster: new Cluster({ seed: 1 }), fs });
}

describe('etcdctl client TLS against kubeadm etcd (client-cert-auth, TLS only)', () => {
  const sh = shell();
  const run = (flags: string) => sh.run(`etcdctl ${flags} member list`);

  it('answers with the etcd CA and a client certificate the etcd CA issued', () => {
    for (const flags of [
      `${CA} ${SERVER}`,
      `--endpoints=https://127.0.0.1:2379 ${CA} --cert=${P}/etcd/healthcheck-client.crt --key=${P}/etcd/healthcheck-client.key`,
      `--endpoints=localhost:2379 ${CA} --cert=${P}/etcd/peer.crt --key=${P}/etcd/peer.key`,
      `${CA} --cert=${P}/apiserver-etcd-client.crt --key=${P}/apiserver-etcd-client.key`,
      // without verifying the server, a client certificate is still needed
      `--insecure-skip-tls-verify ${SERVER}`,
    ])
      expect(run(flags).out, flags).toMatch(LISTED);
  });

  it('gets no answer when the handshake fails: plain text, a server it cannot verify, no or a foreign client certificate', () => {
    for (const flags of [
      '',
      '--endpoints=https://127.0.0.1:2379',
      `--endpoints=http://127.0.0.1:2379 ${CA} ${SERVER}`,
      `--cacert=${P}/ca.crt ${SERVER}`,
      CA,
      '--insecure-skip-tls-verify',
      `${CA} --cert=${P}/apiserver.crt --key=${P}/apiserver.key`,
      `${CA} --cert=${P}/apiserver-kubelet-client.crt --key=${P}/apiserver-kubelet-client.key`,
      `${CA} --cert=mine.crt --key=mine.key`,
    ])
      expect(run(flags), flags).toMatchObject({ out: DEADLINE, code: 1 });
  });

  it('exits 128 before connecting when the files cannot make a client: the errors of etcd transport, tlsutil and Go crypto/tls', () => {
    const table: [string, string][] = [
      ['--cacert=', 'empty string is passed to --cacert option'],
      [`${CA} --cert=`, 'empty string is passed to --cert option'],
      [`${CA} --cert=${P}/etcd/server.crt`, `KeyFile and CertFile must both be present[key: , cert: ${P}/etcd/server.crt]`],
      [`${CA} --key=${P}/etcd/server.key`, `KeyFile and CertFile must both be present[key: ${P}/etcd/server.key, cert: ]`],
      [`--cacert=${P}/etcd/ca.pem ${SERVER}`, `open ${P}/etcd/ca.pem: no such file or directory`],
      [`${CA} --cert=${P}/etcd/client.crt --key=${P}/etcd/client.key`, `open ${P}/etcd/client.crt: no such file or directory`],
      [`--cacert=${P}/etcd ${SERVER}`, `read ${P}/etcd: is a directory`],
      [`${CA} --cert=${P}/etcd/server.crt --key=${P}/etcd/peer.key`, 'tls: private key does not match public key'],
      [`${CA} --cert=${P}/etcd/server.key --key=${P}/etcd/server.crt`, 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched'],
      [`${CA} --cert=${P}/etcd/server.crt --key=${P}/etcd/server.crt`, 'tls: found a certificate rather than a key in the PEM for the private key'],
      [`${CA} --cert=notes.txt --key=${P}/etcd/server.key`, 'tls: failed to find any PEM data in certificate input'],
      [`${CA} --cert=${P}/etcd/server.crt --key=notes.txt`, 'tls: failed to find any PEM data in key input'],
      [`--cacert=${P}/etcd/ca.key ${SERVER}`, 'x509: malformed tbs certificate'],
      [`--cacert=${P}/sa.pub ${SERVER}`, 'x509: malformed serial number'],
    ];
    for (const [flags, error] of table) expect(run(flags), flags).toMatchObject({ out: `Error: ${error}\n`, code: 128 });
  });

  it('checks the files for every command that connects, not for version', () => {
    expect(sh.run('etcdctl --cert=x endpoint health')).toMatchObject({ out: 'Error: KeyFile and CertFile must both be present[key: , cert: x]\n', code: 128 });
    expect(sh.run(`etcdctl ${CA} endpoint status --cluster`)).toMatchObject({ out: 'Error: failed to fetch endpoints from etcd cluster member list: context deadline exceeded\n', code: 1 });
    expect(sh.run('etcdctl --cert= version').code).toBe(0);
    expect(sh.run('etcdctl --insecure-transport=maybe member list').out).toBe('Error: invalid argument "maybe" for "--insecure-transport" flag: strconv.ParseBool: parsing "maybe": invalid syntax\n');
  });

  it('health without certificates: every endpoint unhealthy, as a client whose handshake etcd refuses sees it', () => {
    expect(sh.run('etcdctl endpoint health')).toMatchObject({ out: '127.0.0.1:2379 is unhealthy: failed to commit proposal: context deadline exceeded\nError: unhealthy cluster\n', code: 1 });
  });

  it('lets the cluster\'s time pass while a request goes unanswered: the 5s command timeout per request', () => {
    const c = new Cluster({ seed: 1 });
    const s2 = new Shell({ cluster: c, fs: new MemoryWorkspace() });
    const took = (line: string) => {
      const t0 = c.now();
      s2.run(line);
      return c.now() - t0;
    };
    expect(took(`etcdctl ${CA} ${SERVER} member list`)).toBe(0);
    expect(took('etcdctl member list')).toBe(COMMAND_TIMEOUT_MS);
    s2.run('etcd stop etcd-2');
    s2.run('etcd stop etcd-3');
    // status asks one endpoint after the other; health asks them all at once
    expect(took(`etcdctl ${CA} ${SERVER} --endpoints=192.168.0.201:2379,192.168.0.202:2379 endpoint status`)).toBe(2 * COMMAND_TIMEOUT_MS);
    expect(took(`etcdctl ${CA} ${SERVER} --endpoints=192.168.0.201:2379,192.168.0.202:2379 endpoint health`)).toBe(COMMAND_TIMEOUT_MS);
  });

  it('waits --command-timeout instead when given, and refuses a duration Go cannot parse', () => {
    const c = new Cluster({ seed: 1 });
    const s2 = new Shell({ cluster: c, fs: new MemoryWorkspace() });
    const t0 = c.now();
    expect(s2.run('etcdctl --command-timeout=12s member list').out).toBe(DEADLINE);
    expect(c.now() - t0).toBe(12_000);
    expect(s2.run('etcdctl --command-timeout=12 member list').out).toBe('Error: invalid argument "12" for "--command-timeout" flag: time: missing unit in duration "12"\n');
    expect(s2.run('etcdctl --dial-timeout=soon member list').out).toBe('Error: invalid argument "soon" for "--dial-timeout" flag: time: invalid duration "soon"\n');
    // a deadline already passed: even a healthy member cannot answer
    expect(s2.run(`etcdctl --command-timeout=0s ${CA} ${SERVER} member list`).out).toBe(DEADLINE);
  });
});
