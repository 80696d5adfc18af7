/** describe for configmaps, secrets and service accounts. */
import type { ApiServer } from '../../sim/apiserver/apiserver';
import { base64DecodedLength, decodeBase64 } from '../../sim/base64';
import type { KObject } from '../../sim/types';
import { describeEvents, LEVEL_0, PrefixWriter, printAnnotations, printLabels, sortedKeys } from './writer';

export function describeConfigMap(cm: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${cm.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${cm.metadata.namespace}\n`);
  printLabels(w, 'Labels', cm.metadata.labels);
  printAnnotations(w, 'Annotations', cm.metadata.annotations);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const k of sortedKeys(cm.data)) {
    w.write(LEVEL_0, `${k}:\n----\n`);
    w.write(LEVEL_0, `${cm.data[k]}\n`);
    w.write(LEVEL_0, '\n');
  }
  w.write(LEVEL_0, '\nBinaryData\n====\n');
  for (const k of sortedKeys(cm.binaryData)) w.write(LEVEL_0, `${k}: ${base64DecodedLength(String(cm.binaryData[k] ?? ''))} bytes\n`);
  w.write(LEVEL_0, '\n');
  describeEvents(events, w);
  return w.toString();
}

export function describeSecret(secret: KObject, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${secret.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${secret.metadata.namespace}\n`);
  printLabels(w, 'Labels', secret.metadata.labels);
  printAnnotations(w, 'Annotations', secret.metadata.annotations);
  w.write(LEVEL_0, `\nType:\t${secret.type ?? ''}\n`);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const k of sortedKeys(secret.data)) {
    if (k === 'token' && secret.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${decodeBase64(secret.data[k])}\n`);
    else w.write(LEVEL_0, `${k}:\t${base64DecodedLength(String(secret.data[k] ?? ''))} bytes\n`);
  }
  return w.toString();
}

export function describeServiceAccount(api: ApiServer, sa: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${sa.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${sa.metadata.namespace}\n`);
  printLabels(w, 'Labels', sa.metadata.labels);
  printAnnotations(w, 'Annotations', sa.metadata.annotations);
  const tokens = api
    .list('secrets', sa.metadata.namespace)
    .filter(
      (s) =>
        s.type === 'kubernetes.io/service-account-token' &&
        s.metadata.annotations?.['kubernetes.io/service-account.name'] === sa.metadata.name &&
        s.metadata.annotations?.['kubernetes.io/service-account.uid'] === sa.metadata.uid,
    )
    .map((s) => s.metadata.name!);
  const mount: string[] = (sa.secrets ?? []).map((s: any) => s.name);
  const pull: string[] = (sa.imagePullSecrets ?? []).map((s: any) => s.name);
  const missing = (n: string) => !api.tryGet('secrets', sa.metadata.namespace, n);
  const empty = '                   ';
  const groups: [string, string[], boolean][] = [
    ['Image pull secrets:', pull, true],
    ['Mountable secrets: ', mount, true],
    ['Tokens:            ', tokens, false],
  ];
  for (const [header, names, check] of groups) {
    if (names.length === 0) {
      w.write(LEVEL_0, `${header}\t<none>\n`);
      continue;
    }
    let prefix = header;
    for (const n of names) {
      w.write(LEVEL_0, `${prefix}\t${n}${check && missing(n) ? ' (not found)' : ''}\n`);
      prefix = empty;
    }
  }
  describeEvents(events, w);
  return w.toString();
}
