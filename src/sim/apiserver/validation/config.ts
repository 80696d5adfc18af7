import { base64DecodedLength } from '../../base64';
import type { KObject } from '../../types';
import { eachInvalid, forbidden, invalidValue, maxLenError, regexError, required, tooLong, type Causes } from './field';
import type { Json } from '../../json';

const CONFIG_KEY_FMT = '[-._a-zA-Z0-9]+';

/** `IsConfigMapKey` (also used for Secret keys and env key references). */
export function isConfigMapKey(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!new RegExp(`^${CONFIG_KEY_FMT}$`).test(v)) {
    errs.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", CONFIG_KEY_FMT, 'key.name', 'KEY_NAME', 'key-name'));
  }
  if (v === '.') errs.push("must not be '.'");
  else if (v === '..') errs.push("must not be '..'");
  else if (v.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/** `MaxSecretSize`, also the ConfigMap limit. */
const MAX_DATA_SIZE = 1024 * 1024;

export function validateConfigMap(obj: KObject): Causes {
  const out: Causes = [];
  let total = 0;
  const seen = new Set<string>();
  for (const [field, map] of [['data', obj.data], ['binaryData', obj.binaryData]] as const) {
    for (const k of Object.keys((map as Json) ?? {}).sort()) {
      out.push(...eachInvalid(`${field}[${k}]`, k, isConfigMapKey(k)));
      if (seen.has(k)) out.push(invalidValue(`${field}[${k}]`, k, 'duplicate of key present in data'));
      seen.add(k);
      const v = String((map as Json)[k] ?? '');
      total += field === 'data' ? new TextEncoder().encode(v).length : base64DecodedLength(v);
    }
  }
  if (total > MAX_DATA_SIZE) out.push(tooLong('', MAX_DATA_SIZE));
  return out;
}

export function validateConfigMapUpdate(obj: KObject, old: KObject): Causes {
  if (old.immutable !== true) return [];
  const out: Causes = [];
  if (JSON.stringify(obj.data ?? {}) !== JSON.stringify(old.data ?? {}) || JSON.stringify(obj.binaryData ?? {}) !== JSON.stringify(old.binaryData ?? {})) {
    out.push(forbidden('data', 'field is immutable when `immutable` is set'));
  }
  if (obj.immutable !== true) out.push(forbidden('immutable', 'field is immutable when `immutable` is set'));
  return out;
}

/** Keys each Secret type requires in `data`. */
const REQUIRED_KEYS: Record<string, string[]> = {
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/basic-auth': [],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
};

export function validateSecret(obj: KObject): Causes {
  const out: Causes = [];
  let total = 0;
  const data: Record<string, string> = obj.data ?? {};
  for (const k of Object.keys(data).sort()) {
    out.push(...eachInvalid(`data[${k}]`, k, isConfigMapKey(k)));
    total += base64DecodedLength(String(data[k] ?? ''));
  }
  if (total > MAX_DATA_SIZE) out.push(tooLong('data', MAX_DATA_SIZE));
  for (const key of REQUIRED_KEYS[obj.type ?? ''] ?? []) if (!(key in data)) out.push(required(`data[${key}]`));
  if (obj.type === 'kubernetes.io/service-account-token') {
    const ann = obj.metadata.annotations ?? {};
    if (!ann['kubernetes.io/service-account.name']) out.push(required('metadata.annotations[kubernetes.io/service-account.name]'));
  }
  return out;
}

export function validateSecretUpdate(obj: KObject, old: KObject): Causes {
  const out: Causes = [];
  if ((obj.type ?? 'Opaque') !== (old.type ?? 'Opaque')) out.push(invalidValue('type', obj.type, 'field is immutable'));
  if (old.immutable === true) {
    if (JSON.stringify(obj.data ?? {}) !== JSON.stringify(old.data ?? {})) out.push(forbidden('data', 'field is immutable when `immutable` is set'));
    if (obj.immutable !== true) out.push(forbidden('immutable', 'field is immutable when `immutable` is set'));
  }
  return out;
}
