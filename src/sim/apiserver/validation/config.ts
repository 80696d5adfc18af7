import { base64DecodedLength } from '../../base64';
import type { KObject } from '../../types';
import { eachInvalid, forbidden, invalidValue, maxLenError, regexError, required, tooLong, type Causes } from './field';

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
  const data: Record<string, string> = obj.data ?? {};
  const binary: Record<string, string> = obj.binaryData ?? {};
  for (const k of Object.keys(data).sort()) {
    out.push(...eachInvalid(`data[${k}]`, k, isConfigMapKey(k)));
    // upstream checks the overlap from the data side only
    if (Object.hasOwn(binary, k)) out.push(invalidValue(`data[${k}]`, k, 'duplicate of key present in binaryData'));
    total += new TextEncoder().encode(String(data[k] ?? '')).length;
  }
  for (const k of Object.keys(binary).sort()) {
    out.push(...eachInvalid(`binaryData[${k}]`, k, isConfigMapKey(k)));
    total += base64DecodedLength(String(binary[k] ?? ''));
  }
  if (total > MAX_DATA_SIZE) out.push(tooLong('', MAX_DATA_SIZE));
  return out;
}

const IMMUTABLE_SET = 'field is immutable when `immutable` is set';
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/** `ValidateConfigMapUpdate`: once `immutable` is set, it and the payload stay (in upstream's order). */
export function validateConfigMapUpdate(obj: KObject, old: KObject): Causes {
  if (old.immutable !== true) return [];
  const out: Causes = [];
  if (obj.immutable !== true) out.push(forbidden('immutable', IMMUTABLE_SET));
  if (!same(obj.data, old.data)) out.push(forbidden('data', IMMUTABLE_SET));
  if (!same(obj.binaryData, old.binaryData)) out.push(forbidden('binaryData', IMMUTABLE_SET));
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
    if (obj.immutable !== true) out.push(forbidden('immutable', IMMUTABLE_SET));
    if (!same(obj.data, old.data)) out.push(forbidden('data', IMMUTABLE_SET));
  }
  return out;
}
