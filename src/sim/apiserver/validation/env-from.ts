/** `validateEnvFrom`: each source names one ConfigMap or Secret (a DNS subdomain) and an optional prefix. */
import { eachInvalid, invalidValue, isDNS1123Subdomain, required, type Causes } from './field';
import type { Json } from '../../json';

/** Relaxed environment variable names (GA in v1.34): printable ASCII except `=`. */
export function isEnvVarName(n: string): string[] {
  return /^[ -<>-~]+$/.test(n) ? [] : ["a valid environment variable name must consist only of printable ASCII characters other than '='"];
}

export function validateEnvFrom(sources: Json[], path: string): Causes {
  const out: Causes = [];
  sources.forEach((src, i) => {
    const p = `${path}[${i}]`;
    if (src?.prefix) out.push(...eachInvalid(`${p}.prefix`, src.prefix, isEnvVarName(src.prefix)));
    let n = 0;
    for (const k of ['configMapRef', 'secretRef']) {
      const ref = src?.[k];
      if (!ref) continue;
      n++;
      if (!ref.name) out.push(required(`${p}.${k}.name`));
      else out.push(...eachInvalid(`${p}.${k}.name`, ref.name, isDNS1123Subdomain(ref.name)));
    }
    if (n === 0) out.push(invalidValue(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (n > 1) out.push(invalidValue(path, '', 'may not have more than one field specified at a time'));
  });
  return out;
}
