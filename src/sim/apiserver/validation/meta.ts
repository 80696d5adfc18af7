import type { KObject } from '../../types';
import type { ResourceType } from '../resources';
import { eachInvalid, forbidden, isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, nonNegative, required, validateAnnotations, validateLabels, type Causes } from './field';

/** A name rule: `prefix` is true for generateName (a trailing dash is allowed). */
type NameFn = (name: string, prefix: boolean) => string[];

const mask = (name: string, prefix: boolean) => (prefix && name.endsWith('-') ? name.slice(0, -1) : name);

const nameIsDNSSubdomain: NameFn = (n, prefix) => isDNS1123Subdomain(mask(n, prefix));
const nameIsDNSLabel: NameFn = (n, prefix) => isDNS1123Label(mask(n, prefix));
const nameIsDNS1035Label: NameFn = (n, prefix) => isDNS1035Label(mask(n, prefix));

/** RBAC objects may be named like path segments (`system:node` is fine). */
export const nameIsPathSegment: NameFn = (n, prefix) => {
  const errs: string[] = [];
  if (!prefix && (n === '.' || n === '..')) errs.push(`may not be '${n}'`);
  for (const c of ['/', '%']) if (n.includes(c)) errs.push(`may not contain '${c}'`);
  return errs;
};

/** The name rule each kind's validation uses (k/k pkg/apis/*\/validation `Validate<Kind>Name`). */
function nameRuleFor(rt: ResourceType): NameFn {
  if (rt.kind === 'Service') return nameIsDNS1035Label;
  if (rt.kind === 'Namespace') return nameIsDNSLabel;
  if (rt.group === 'rbac.authorization.k8s.io') return nameIsPathSegment;
  if (rt.kind === 'CronJob') {
    return (n, prefix) => {
      const errs = nameIsDNSSubdomain(n, prefix);
      if (!prefix && n.length > 52) errs.push('must be no more than 52 characters');
      return errs;
    };
  }
  return nameIsDNSSubdomain;
}

/** `ValidateObjectMeta`. */
export function validateObjectMeta(obj: KObject, rt: ResourceType, path = 'metadata'): Causes {
  const meta = obj.metadata ?? {};
  const nameFn = nameRuleFor(rt);
  const out: Causes = [];
  if (meta.generateName) out.push(...eachInvalid(`${path}.generateName`, meta.generateName, nameFn(meta.generateName, true)));
  if (!meta.name) out.push(required(`${path}.name`, 'name or generateName is required'));
  else out.push(...eachInvalid(`${path}.name`, meta.name, nameFn(meta.name, false)));
  if (rt.namespaced) {
    if (!meta.namespace) out.push(required(`${path}.namespace`));
    else out.push(...eachInvalid(`${path}.namespace`, meta.namespace, isDNS1123Label(meta.namespace)));
  } else if (meta.namespace) {
    out.push(forbidden(`${path}.namespace`, 'not allowed on this type'));
  }
  out.push(...nonNegative(`${path}.generation`, meta.generation));
  out.push(...validateLabels(`${path}.labels`, meta.labels));
  out.push(...validateAnnotations(`${path}.annotations`, meta.annotations));
  return out;
}

/** Template metadata: labels and annotations only (`ValidatePodTemplateSpec`). */
export function validateTemplateMeta(meta: KObject['metadata'] | undefined, path: string): Causes {
  return [...validateLabels(`${path}.labels`, meta?.labels), ...validateAnnotations(`${path}.annotations`, meta?.annotations)];
}
