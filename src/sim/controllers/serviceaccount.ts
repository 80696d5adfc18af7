import { encodeBase64Bytes } from '../base64';
import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { deepCopy } from '../clone';
import { activeNamespace, NamespaceWork } from './namespace-work';

const ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';
const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';

/** A PEM block with a deterministic body (the cluster's simulated CA certificate). */
function fakeCertificate(bytes: number[]): string {
  const b64 = encodeBase64Bytes(Uint8Array.from(bytes));
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * The serviceaccount controller and the root-CA publisher: every active namespace has a `default`
 * ServiceAccount and the `kube-root-ca.crt` ConfigMap; deleting either brings it back.
 */
export class ServiceAccountController implements Component {
  readonly name = 'serviceaccount-controller';
  readonly watches = ['namespaces', 'serviceaccounts', 'configmaps'];
  private readonly work = new NamespaceWork();
  private readonly caPem: string;

  /** `publisher`: the root-CA publisher's own client (kube-controller-manager's root-ca-cert-publisher). */
  constructor(
    private readonly ctx: SimContext,
    private readonly publisher: SimContext,
  ) {
    const rng = ctx.rng.fork('root-ca');
    // a DER certificate of a kubeadm CA is about 1.1 kB
    this.caPem = fakeCertificate(Array.from({ length: 825 }, () => rng.int(256)));
  }

  observe(ev: WatchEvent): void {
    const meta = ev.object.metadata;
    if (this.work.observeNamespace(ev)) return;
    if (ev.resource === 'serviceaccounts' && ev.type === 'DELETED' && meta.name === 'default') this.work.add(meta.namespace!);
    else if (ev.resource === 'configmaps' && meta.name === ROOT_CA_CONFIGMAP && ev.type !== 'ADDED') this.work.add(meta.namespace!);
  }

  sync(): boolean {
    return this.work.sync((ns) => this.ensure(ns));
  }

  /** Create what the namespace lacks; returns whether anything was written. */
  ensure(ns: string): boolean {
    const api = this.ctx.api;
    let did = false;
    if (!activeNamespace(api, ns)) return false;
    if (!api.tryGet('serviceaccounts', ns, 'default')) {
      did = this.tryCreate(this.ctx, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } }) || did;
    }
    const cm = api.tryGet('configmaps', ns, ROOT_CA_CONFIGMAP);
    if (!cm) {
      did =
        this.tryCreate(this.publisher, {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: ROOT_CA_CONFIGMAP, namespace: ns, annotations: { 'kubernetes.io/description': ROOT_CA_DESCRIPTION } },
          data: { 'ca.crt': this.caPem },
        }) || did;
    } else if (cm.data?.['ca.crt'] !== this.caPem) {
      const upd = deepCopy(cm);
      upd.data = { ...(upd.data ?? {}), 'ca.crt': this.caPem };
      this.publisher.api.update(upd);
      did = true;
    }
    return did;
  }

  private tryCreate(client: SimContext, obj: KObject): boolean {
    try {
      client.api.create(obj);
      return true;
    } catch (e) {
      if (e instanceof ApiError) return false;
      throw e;
    }
  }
}
