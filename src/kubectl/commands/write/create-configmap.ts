/** `kubectl create configmap` and `kubectl create secret generic|tls|docker-registry`, reading workspace files. */
import { encodeBase64, encodeBase64Bytes } from '../../../sim/base64';
import { hasOwn, setOwn } from '../../../sim/own';
import { normalizePath, type KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { keyPairError } from './tls-pair';
import { createGenerated, GENERATOR_FLAGS, meta, nameArg } from './generate';

export const createConfigmapCommands: CommandDef[] = [];

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

function keyErrors(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push('must be no more than 253 characters');
  if (!CONFIG_KEY.test(key)) errs.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** validation.IsEnvVarName, which env files' keys must pass. */
function envVarNameErrors(key: string): string[] {
  const errs: string[] = [];
  if (!ENV_VAR_NAME.test(key)) errs.push("a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')");
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/** What the generators collect: text values, and (ConfigMap) files that are not UTF-8 as bytes. */
interface Sources {
  data: Record<string, string>;
  binary: Record<string, Uint8Array>;
}

interface Kind {
  /** `ConfigMap` or `Secret`, for messages. */
  kind: 'ConfigMap' | 'Secret';
  add(to: Sources, key: string, value: string | Uint8Array, name: string): void;
}

const CM: Kind = {
  kind: 'ConfigMap',
  add(to, key, value, name) {
    const errs = keyErrors(key);
    if (errs.length) throw new KubectlError(`"${key}" is not a valid key name for a ConfigMap: ${errs.join(',')}`);
    if (hasOwn(to.data, key)) throw new KubectlError(`cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${name}"`);
    if (hasOwn(to.binary, key)) throw new KubectlError(`cannot add key "${key}", another key by that name already exists in BinaryData for ConfigMap "${name}"`);
    if (typeof value === 'string') setOwn(to.data, key, value);
    else setOwn(to.binary, key, value);
  },
};

const SECRET: Kind = {
  kind: 'Secret',
  add(to, key, value) {
    const errs = keyErrors(key);
    if (errs.length) throw new KubectlError(`"${key}" is not valid key name for a Secret ${errs.join(';')}`);
    if (hasOwn(to.data, key) || hasOwn(to.binary, key)) throw new KubectlError(`cannot add key ${key}, another key by that name already exists`);
    if (typeof value === 'string') setOwn(to.data, key, value);
    else setOwn(to.binary, key, value);
  },
};

/** A file's content as kubectl takes it: text when its bytes are UTF-8, else the bytes themselves. */
function fileValue(ctx: KubectlContext, path: string): string | Uint8Array | undefined {
  const text = ctx.fs.read(path);
  const bytes = text === undefined ? undefined : ctx.fs.readBytes?.(path);
  if (!bytes) return text;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text;
  } catch {
    return bytes;
  }
}

function isDir(ctx: KubectlContext, path: string): boolean {
  const prefix = normalizePath(path).replace(/\/+$/, '') + '/';
  return ctx.fs.list().some((f) => f.startsWith(prefix));
}

/** Fill `data` from --from-literal, --from-file and --from-env-file, as the generators do. */
function collect(p: ParsedArgs, ctx: KubectlContext, k: Kind, name: string): Sources {
  const data: Sources = { data: Object.create(null), binary: Object.create(null) };
  const literals = (p.flags['from-literal'] as string[] | undefined) ?? [];
  const files = (p.flags['from-file'] as string[] | undefined) ?? [];
  const envFiles = (p.flags['from-env-file'] as string[] | undefined) ?? [];
  if (envFiles.length && (literals.length || files.length)) throw new KubectlError('from-env-file cannot be combined with from-file or from-literal');
  for (const src of files) {
    const eq = src.indexOf('=');
    const [key, path] = eq > 0 ? [src.slice(0, eq), src.slice(eq + 1)] : [undefined, src];
    const value = fileValue(ctx, path);
    if (value !== undefined) {
      k.add(data, key ?? path.split('/').pop()!, value, name);
      continue;
    }
    if (!isDir(ctx, path)) throw new KubectlError(`error reading ${path}: no such file or directory`);
    if (key) throw new KubectlError('cannot give a key name for a directory path');
    const prefix = normalizePath(path).replace(/\/+$/, '') + '/';
    for (const f of ctx.fs.list().filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'))) {
      k.add(data, f.slice(prefix.length), fileValue(ctx, f) ?? '', name);
    }
  }
  for (const lit of literals) {
    const eq = lit.indexOf('=');
    if (eq <= 0) throw new KubectlError(`invalid literal source ${lit}, expected key=value`);
    k.add(data, lit.slice(0, eq), lit.slice(eq + 1), name);
  }
  for (const path of envFiles) {
    const text = ctx.fs.read(path);
    if (text === undefined) {
      if (isDir(ctx, path)) throw new KubectlError(`env ${k.kind === 'Secret' ? 'secret' : 'config'} file cannot be a directory`);
      throw new KubectlError(`error reading ${path}: no such file or directory`);
    }
    text
      .replace(/^\uFEFF/, '')
      .split('\n')
      .forEach((raw) => {
        // bufio.ScanLines drops a trailing CR; leading white space goes too
        const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
        if (!line || line.startsWith('#')) return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? line : line.slice(0, eq);
        const errs = envVarNameErrors(key);
        if (errs.length) throw new KubectlError(`${JSON.stringify(key)} is not a valid key name: ${errs.join(';')}`);
        // a bare KEY takes its value from kubectl's environment, which the playground's shell leaves empty
        k.add(data, key, eq < 0 ? '' : line.slice(eq + 1), name);
      });
  }
  return data;
}

const SOURCE_FLAGS = [
  { name: 'from-literal', type: 'stringArray' as const },
  { name: 'from-file', type: 'strings' as const },
  { name: 'from-env-file', type: 'strings' as const },
  { name: 'append-hash', type: 'bool' as const },
];

const b64 = (s: string) => encodeBase64(s);

createConfigmapCommands.push({
  path: ['create', 'configmap'],
  short: 'Create a config map from a local file, directory or literal value',
  flags: [...GENERATOR_FLAGS, ...SOURCE_FLAGS],
  run(p, ctx, out) {
    const name = nameArg(p, 'create configmap');
    createGenerated(configMap(name, p, ctx, collect(p, ctx, CM, name)), p, ctx, out, 'failed to create configmap: ');
  },
});

createConfigmapCommands.push({
  path: ['create', 'cm'],
  short: 'Create a config map (alias)',
  flags: [...GENERATOR_FLAGS, ...SOURCE_FLAGS],
  run(p, ctx, out) {
    const name = nameArg(p, 'create configmap');
    createGenerated(configMap(name, p, ctx, collect(p, ctx, CM, name)), p, ctx, out, 'failed to create configmap: ');
  },
});

function sortKeys<T>(d: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The ConfigMap the generator makes: text keys in data, the others base64 in binaryData. */
function configMap(name: string, p: ParsedArgs, ctx: KubectlContext, { data, binary }: Sources) {
  const bin = Object.fromEntries(Object.entries(sortKeys(binary)).map(([k, v]) => [k, encodeBase64Bytes(v)]));
  return {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    metadata: meta(name, p, ctx, true),
    ...(Object.keys(data).length ? { data: sortKeys(data) } : {}),
    ...(Object.keys(bin).length ? { binaryData: bin } : {}),
  };
}

function secret(name: string, p: ParsedArgs, ctx: KubectlContext, type: string | undefined, { data, binary }: Sources) {
  const values: Record<string, string | Uint8Array> = { ...data, ...binary };
  const enc = Object.fromEntries(Object.entries(sortKeys(values)).map(([k, v]) => [k, typeof v === 'string' ? b64(v) : encodeBase64Bytes(v)]));
  return { kind: 'Secret', apiVersion: 'v1', metadata: meta(name, p, ctx, true), ...(Object.keys(enc).length ? { data: enc } : {}), ...(type ? { type } : {}) };
}

createConfigmapCommands.push({
  path: ['create', 'secret', 'generic'],
  short: 'Create a secret from a local file, directory, or literal value',
  flags: [...GENERATOR_FLAGS, ...SOURCE_FLAGS, { name: 'type', type: 'string' }],
  run(p, ctx, out) {
    const name = nameArg(p, 'create secret generic');
    const data = collect(p, ctx, SECRET, name);
    createGenerated(secret(name, p, ctx, p.flags.type as string | undefined, data), p, ctx, out, 'failed to create secret ');
  },
});

createConfigmapCommands.push({
  path: ['create', 'secret', 'tls'],
  short: 'Create a TLS secret',
  flags: [...GENERATOR_FLAGS, { name: 'cert', type: 'string' }, { name: 'key', type: 'string' }, { name: 'append-hash', type: 'bool' }],
  run(p, ctx, out) {
    const name = nameArg(p, 'create secret tls');
    const certPath = p.flags.cert as string | undefined;
    const keyPath = p.flags.key as string | undefined;
    if (!certPath || !keyPath) throw new KubectlError('key and cert must be specified');
    const read = (f: string) => {
      const t = ctx.fs.read(f);
      if (t === undefined) throw new KubectlError(`Cannot read file ${f}, open ${f}: no such file or directory`);
      return t;
    };
    const cert = read(certPath);
    const key = read(keyPath);
    // tls.X509KeyPair fails first on a certificate without PEM data
    const pairError = keyPairError(cert, key);
    if (pairError) throw new KubectlError(pairError);
    createGenerated(secret(name, p, ctx, 'kubernetes.io/tls', { data: { 'tls.crt': cert, 'tls.key': key }, binary: {} }), p, ctx, out, 'failed to create secret ');
  },
});

createConfigmapCommands.push({
  path: ['create', 'secret', 'docker-registry'],
  short: 'Create a secret for use with a Docker registry',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'docker-server', type: 'string', default: 'https://index.docker.io/v1/' },
    { name: 'docker-username', type: 'string' },
    { name: 'docker-password', type: 'string' },
    { name: 'docker-email', type: 'string' },
    { name: 'from-file', type: 'strings' },
    { name: 'append-hash', type: 'bool' },
  ],
  run(p, ctx, out) {
    const name = nameArg(p, 'create secret docker-registry');
    const files = (p.flags['from-file'] as string[] | undefined) ?? [];
    const user = p.flags['docker-username'] as string | undefined;
    const pass = p.flags['docker-password'] as string | undefined;
    if (!files.length && (!user || !pass)) {
      throw new KubectlError('either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
    }
    let data: Sources;
    if (files.length) data = collect(p, ctx, SECRET, name);
    else {
      const server = p.flags['docker-server'] as string;
      const email = p.flags['docker-email'] as string | undefined;
      const entry: Record<string, string> = { username: user!, password: pass! };
      if (email) entry.email = email;
      entry.auth = b64(`${user}:${pass}`);
      data = { data: { '.dockerconfigjson': JSON.stringify({ auths: { [server]: entry } }) }, binary: {} };
    }
    createGenerated(secret(name, p, ctx, 'kubernetes.io/dockerconfigjson', data), p, ctx, out, 'failed to create secret ');
  },
});
