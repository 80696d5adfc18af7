/**
 * The tokens controller: a Secret of type `kubernetes.io/service-account-token` that names an
 * existing ServiceAccount gets a legacy token, the cluster CA and the namespace, and the account's
 * uid annotation; one whose account is gone is deleted. Since v1.24 nothing creates such Secrets
 * by itself: only someone who writes one gets a long-lived token.
 */
import type { SimContext } from '../context';
import type { Component } from '../component';
import { encodeBase64 } from '../base64';
import { issueLegacyToken } from '../apiserver/auth/token';
import { deepCopy } from '../clone';
import { ApiError, type KObject, type WatchEvent } from '../types';

const TYPE = 'kubernetes.io/service-account-token';
const NAME = 'kubernetes.io/service-account.name';
const UID = 'kubernetes.io/service-account.uid';
/** The root-CA ConfigMap every namespace holds (named here, not imported, to keep the controllers free of cycles). */
const ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';

export class TokenSecretsController implements Component {
  readonly name = 'tokens-controller';
  readonly watches = ['serviceaccounts', 'secrets'];
  private dirty = new Set<string>();

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    const o = ev.object;
    if (ev.type === 'DELETED') {
      if (ev.resource === 'serviceaccounts') {
        for (const s of this.ctx.api.list('secrets', o.metadata.namespace)) if (s.type === TYPE) this.dirty.add(`${s.metadata.namespace}/${s.metadata.name}`);
      }
      return;
    }
    if (ev.resource === 'secrets' && o.type === TYPE) this.dirty.add(`${o.metadata.namespace}/${o.metadata.name}`);
  }

  sync(): boolean {
    if (!this.dirty.size) return false;
    const work = [...this.dirty].sort();
    this.dirty.clear();
    let did = false;
    for (const key of work) {
      const [ns, name] = key.split('/');
      try {
        if (this.syncSecret(ns, name)) did = true;
      } catch (e) {
        // a conflicting write lost the race; the next event brings the secret back
        if (!(e instanceof ApiError)) throw e;
      }
    }
    return did;
  }

  private syncSecret(ns: string, name: string): boolean {
    const api = this.ctx.api;
    const secret = api.tryGet('secrets', ns, name);
    if (!secret || secret.type !== TYPE || secret.metadata.deletionTimestamp) return false;
    const ann = secret.metadata.annotations ?? {};
    const sa = api.tryGet('serviceaccounts', ns, ann[NAME]);
    if (!sa || (ann[UID] && ann[UID] !== sa.metadata.uid)) {
      api.remove('secrets', secret);
      return true;
    }
    const data = secret.data ?? {};
    if (data.token && data['ca.crt'] && data.namespace && ann[UID]) return false;
    const ca = api.tryGet('configmaps', ns, ROOT_CA_CONFIGMAP)?.data?.['ca.crt'] ?? '';
    const upd: KObject = deepCopy(secret);
    upd.metadata.annotations = { ...ann, [UID]: sa.metadata.uid! };
    upd.data = {
      ...data,
      'ca.crt': data['ca.crt'] ?? encodeBase64(ca),
      namespace: data.namespace ?? encodeBase64(ns),
      token: data.token ?? encodeBase64(issueLegacyToken(ns, sa, name)),
    };
    api.update(upd);
    return true;
  }
}
