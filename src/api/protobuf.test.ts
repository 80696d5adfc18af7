import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeProtobuf } from './protobuf';

type Field = [string, number, number, string?, number?];
const messages = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../generated/proto.json'), 'utf8')) as Record<string, { f: Record<string, Field> }>;

const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
};
const bytesField = (no: number, b: number[]) => [...varint(no * 8 + 2), ...varint(b.length), ...b];

/** `obj` encoded as Go's marshaller writes message `type`: every field given, zero values included. */
function encode(type: string, obj: Record<string, unknown>): number[] {
  const out: number[] = [];
  for (const [no, [name, t, , sub]] of Object.entries(messages[type].f)) {
    if (!Object.hasOwn(obj, name)) continue;
    const v = obj[name];
    if (t === 11) out.push(...bytesField(Number(no), encode(sub!, v as Record<string, unknown>)));
    else if (t === 9) out.push(...bytesField(Number(no), [...Buffer.from(v as string)]));
    else out.push(...varint(Number(no) * 8), ...varint(typeof v === 'boolean' ? Number(v) : (v as number)));
  }
  return out;
}

function body(apiVersion: string, kind: string, type: string, obj: Record<string, unknown>): Buffer {
  const typeMeta = [...bytesField(1, [...Buffer.from(apiVersion)]), ...bytesField(2, [...Buffer.from(kind)])];
  return Buffer.from([0x6b, 0x38, 0x73, 0x00, ...bytesField(1, typeMeta), ...bytesField(2, encode(type, obj))]);
}

describe('protobuf bodies', () => {
  it('keeps a pointer field set to its zero, and a value field\'s zero only where the JSON has no omitempty', () => {
    const deployment = decodeProtobuf(
      body('apps/v1', 'Deployment', 'k8s.io.api.apps.v1.Deployment', {
        metadata: { name: 'd', generateName: '', namespace: '' },
        spec: { replicas: 0, minReadySeconds: 0, paused: false, revisionHistoryLimit: 0, template: {}, strategy: {} },
      }),
    );
    // replicas and revisionHistoryLimit are *int32; minReadySeconds, paused and the names are values
    expect(deployment).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: 0, revisionHistoryLimit: 0, template: {}, strategy: {} } });
    const pc = decodeProtobuf(body('scheduling.k8s.io/v1', 'PriorityClass', 'k8s.io.api.scheduling.v1.PriorityClass', { metadata: { name: 'p' }, value: 0, globalDefault: false, description: '' }));
    // value is required (`json:"value"`): the apiserver's JSON shows its zero
    expect(pc).toEqual({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'p' }, value: 0 });
    const job = decodeProtobuf(body('batch/v1', 'Job', 'k8s.io.api.batch.v1.Job', { metadata: { name: 'j' }, spec: { manualSelector: false, suspend: false, backoffLimit: 0 } }));
    expect(job.spec).toEqual({ manualSelector: false, suspend: false, backoffLimit: 0 });
    const svc = decodeProtobuf(body('v1', 'Service', 'k8s.io.api.core.v1.Service', { metadata: { name: 's' }, spec: { ports: { port: 0, nodePort: 0, name: '', appProtocol: '' } } }));
    // port is required; nodePort and name are omitempty values; appProtocol is a *string
    expect(svc.spec).toEqual({ ports: [{ port: 0, appProtocol: '' }] });
  });

  it('names fields as their Go json tags do where the proto name differs in case', () => {
    // kubectl34 create token --bound-object-uid sends BoundObjectReference's uID (json "uid")
    const tr = decodeProtobuf(
      body('authentication.k8s.io/v1', 'TokenRequest', 'k8s.io.api.authentication.v1.TokenRequest', { metadata: { name: 'sa' }, spec: { boundObjectRef: { kind: 'Pod', apiVersion: 'v1', name: 'p', uID: 'abc' } } }),
    );
    expect(tr.spec).toEqual({ boundObjectRef: { kind: 'Pod', apiVersion: 'v1', name: 'p', uid: 'abc' } });
    const ic = decodeProtobuf(body('networking.k8s.io/v1', 'IngressClass', 'k8s.io.api.networking.v1.IngressClass', { metadata: { name: 'i' }, spec: { controller: 'c', parameters: { aPIGroup: 'g', kind: 'K', name: 'n' } } }));
    expect(ic.spec).toEqual({ controller: 'c', parameters: { apiGroup: 'g', kind: 'K', name: 'n' } });
  });
});
