/** Internal core types shared by the pod spec and volume models (go-core-types.ts, go-core-volumes.ts). */
import { quantity } from './go-quantity';
import { basic, int32, map, ptr, slice, str, struct, type GoMap, type GoStruct, type GoType, type GoValue } from './go-types';

export const core = (name: string) => basic(`core.${name}`);
export const resourceName = basic('core.ResourceName', 'string', true);
export const resourceList = map(resourceName, quantity, 'core.ResourceList');
export const stringMap = map(str, str);
export const strings = slice(str);

export const intOrString: GoType = {
  kind: 'struct',
  name: 'intstr.IntOrString',
  fields: [
    { name: 'Type', type: basic('intstr.Type', 'int64') },
    { name: 'IntVal', type: int32 },
    { name: 'StrVal', type: str },
  ],
  fromJson: (j): GoStruct => (typeof j === 'string' ? { Type: 1, IntVal: 0, StrVal: j } : { Type: 0, IntVal: typeof j === 'number' ? j : 0, StrVal: '' }),
};

export const localObjectReference = struct('core.LocalObjectReference', [['Name', str]]);
export const keyToPath = struct('core.KeyToPath', [['Key', str], ['Path', str], ['Mode', ptr(int32)]]);
export const objectFieldSelector = struct('core.ObjectFieldSelector', [['APIVersion', str, 'apiVersion'], ['FieldPath', str]]);
export const resourceFieldSelector = struct('core.ResourceFieldSelector', [['ContainerName', str], ['Resource', str], ['Divisor', quantity]]);

const labelSelector = struct('v1.LabelSelector', [
  ['MatchLabels', stringMap],
  ['MatchExpressions', slice(struct('v1.LabelSelectorRequirement', [['Key', str], ['Operator', basic('v1.LabelSelectorOperator')], ['Values', strings]]))],
]);

/** The generated `(*LabelSelector).String()` of metav1 (gogo-protobuf): Go syntax without quotes. */
function labelSelectorString(v: GoValue): string {
  const s = v as GoStruct;
  const labels = ((s.MatchLabels as GoMap | null)?.entries ?? []).map(([k, x]) => `${k}: ${x as string},`).join('');
  const exprs = ((s.MatchExpressions as GoStruct[] | null) ?? [])
    .map((e) => `LabelSelectorRequirement{Key:${e.Key as string},Operator:${e.Operator as string},Values:[${((e.Values as string[] | null) ?? []).join(' ')}],},`)
    .join('');
  return `&LabelSelector{MatchLabels:map[string]string{${labels}},MatchExpressions:[]LabelSelectorRequirement{${exprs}},}`;
}
export const labelSelectorPtr = ptr(labelSelector, labelSelectorString);
