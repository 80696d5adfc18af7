/** Definition lookup for `kubectl explain` in the generated schema. */
import type { DefSchema, Schema } from '../../../sim/apiserver/schema/types';

export function resolveRef(schema: Schema, id: string): DefSchema | undefined {
  return schema.defs[id];
}
