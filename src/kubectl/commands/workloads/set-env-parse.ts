/** kubectl's envutil for `set env`: splitting arguments from resources, parsing KEY=VALUE and KEY- (kubectl pkg/cmd/set/env). */
import { KubectlError } from '../../errors';
import type { SetEnvVar } from './set-common';

/** IsEnvironmentArgument's `(?ms)^(.+)\=(.*)$`, or the removal form `KEY-`. */
function isEnvArgument(s: string): boolean {
  return /^[\s\S]+=[\s\S]*$/.test(s) || s.endsWith('-');
}

/** SplitEnvironmentFromResources: resources first, then environment changes; undefined when they are mixed. */
export function splitEnvFromResources(args: string[]): { resources: string[]; envArgs: string[] } | undefined {
  const resources: string[] = [];
  const envArgs: string[] = [];
  for (const s of args) {
    if (isEnvArgument(s)) envArgs.push(s);
    else if (envArgs.length) return undefined;
    else resources.push(s);
  }
  return { resources, envArgs };
}

/** apimachinery's validation.IsEnvVarName as kubectl v1.34 vendors it (the strict form, not the server's relaxed one). */
function envVarNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name)) {
    errs.push(
      "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
    );
  }
  if (name === '.') errs.push("must not be '.'");
  else if (name === '..') errs.push("must not be '..'");
  else if (name.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/** ParseEnv: the variables to set and the names to remove (`-` reads KEY=VALUE lines from stdin). */
export function parseEnv(specs: string[], stdin: string | undefined): { env: SetEnvVar[]; remove: string[] } {
  const env: SetEnvVar[] = [];
  const remove: string[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (spec === '-') env.push(...readEnv(stdin ?? ''));
    else if (eq >= 0) {
      const name = spec.slice(0, eq);
      const errs = envVarNameErrors(name);
      if (errs.length) throw new KubectlError(`${JSON.stringify(name)} is not a valid key name: ${errs.join(';')}`);
      env.push({ name, value: spec.slice(eq + 1) });
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else throw new KubectlError(`unknown environment variable: ${spec}`);
  }
  if (remove.some((r) => env.some((e) => e.name === r))) throw new KubectlError('can not both modify and remove the same environment variable in the same command');
  return { env, remove };
}

/** readEnv: KEY=VALUE lines, each cut at its first `#`; lines without `=` skipped, names not checked. */
function readEnv(text: string): SetEnvVar[] {
  const env: SetEnvVar[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.includes('#') ? raw.slice(0, raw.indexOf('#')) : raw;
    const eq = line.indexOf('=');
    if (eq >= 0) env.push({ name: line.slice(0, eq), value: line.slice(eq + 1) });
  }
  return env;
}
