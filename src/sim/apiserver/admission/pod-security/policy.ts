/** A namespace's Pod Security policy from its labels (pod-security-admission `api/helpers.go`). */
import type { StatusCause } from '../../../types';
import { evaluate, type Level, type Violation } from './checks';

export const LABEL_PREFIX = 'pod-security.kubernetes.io/';
export type Mode = 'enforce' | 'audit' | 'warn';
const MODES: Mode[] = ['enforce', 'audit', 'warn'];
const LEVELS: Level[] = ['privileged', 'baseline', 'restricted'];

export interface LevelVersion {
  level: Level;
  version: string;
}

/** `restricted:latest`, as the messages print a policy. */
export function policyString(p: LevelVersion): string {
  return `${p.level}:${p.version}`;
}

/** The level and version one mode sets; unset means privileged:latest. */
export function modePolicy(labels: Record<string, string> | undefined, mode: Mode): LevelVersion {
  const l = labels ?? {};
  const level = (LEVELS as string[]).includes(l[LABEL_PREFIX + mode]) ? (l[LABEL_PREFIX + mode] as Level) : 'privileged';
  const v = l[`${LABEL_PREFIX}${mode}-version`];
  return { level, version: v && /^v1\.\d+$/.test(v) ? v : 'latest' };
}

/** Invalid level or version labels, as field errors on metadata.labels. */
export function labelErrors(labels: Record<string, string> | undefined): StatusCause[] {
  const out: StatusCause[] = [];
  for (const mode of MODES) {
    const key = LABEL_PREFIX + mode;
    const level = labels?.[key];
    if (level !== undefined && !(LEVELS as string[]).includes(level)) {
      out.push({ field: `metadata.labels[${key}]`, message: `Invalid value: "${level}": must be one of privileged, baseline, restricted`, reason: 'FieldValueInvalid' });
    }
    const version = labels?.[`${key}-version`];
    if (version !== undefined && version !== 'latest' && !/^v1\.(0|[1-9]\d*)$/.test(version)) {
      out.push({ field: `metadata.labels[${key}-version]`, message: `Invalid value: "${version}": must be "latest" or "v1.x"`, reason: 'FieldValueInvalid' });
    }
  }
  return out;
}

/** `reason (detail), reason (detail)`: the list the forbidden and warning messages carry. */
export function formatViolations(vs: Violation[]): string {
  return vs.map((v) => (v.detail ? `${v.reason} (${v.detail})` : v.reason)).join(', ');
}

export { evaluate };
