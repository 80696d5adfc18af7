import type { StatusCause } from '../../types';

/**
 * Field errors as apimachinery's `field` package renders them (`ErrorBody`): the message is the
 * detail printed after `<field>: `. Simple values print as Go's %v / %q, others as JSON.
 */
export type Causes = StatusCause[];

/** Render a bad value the way `field.Error.ErrorBody` does. */
function renderValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === undefined || v === null) return 'null';
  return JSON.stringify(v);
}

export function invalidValue(field: string, value: unknown, detail: string): StatusCause {
  return { reason: 'FieldValueInvalid', field, message: `Invalid value: ${renderValue(value)}${detail ? `: ${detail}` : ''}` };
}

/** Invalid for a value whose type has `String()` (a Quantity): printed as that string, unquoted. */
export function invalidStringer(field: string, shown: string, detail: string): StatusCause {
  return { reason: 'FieldValueInvalid', field, message: `Invalid value: ${shown}: ${detail}` };
}

export function required(field: string, detail = ''): StatusCause {
  return { reason: 'FieldValueRequired', field, message: `Required value${detail ? `: ${detail}` : ''}` };
}

export function notSupported(field: string, value: unknown, valid: string[]): StatusCause {
  const list = valid.map((v) => JSON.stringify(v)).join(', ');
  return { reason: 'FieldValueNotSupported', field, message: `Unsupported value: ${renderValue(value)}${valid.length ? `: supported values: ${list}` : ''}` };
}

export function duplicate(field: string, value: unknown): StatusCause {
  return { reason: 'FieldValueDuplicate', field, message: `Duplicate value: ${renderValue(value)}` };
}

export function forbidden(field: string, detail: string): StatusCause {
  return { reason: 'FieldValueForbidden', field, message: `Forbidden: ${detail}` };
}

export function tooLong(field: string, max: number): StatusCause {
  return { reason: 'FieldValueTooLong', field, message: `Too long: may not be more than ${max} byte${max === 1 ? '' : 's'}` };
}

export function notFoundValue(field: string, value: unknown): StatusCause {
  return { reason: 'FieldValueNotFound', field, message: `Not found: ${renderValue(value)}` };
}

/** One Invalid cause per message (how validation functions turn `[]string` results into errors). */
export function eachInvalid(field: string, value: unknown, msgs: string[]): Causes {
  return msgs.map((m) => invalidValue(field, value, m));
}

// ---- apimachinery pkg/util/validation: the string checks and their messages ----

/** `RegexError`: examples joined with `, ` + ` or ` (hence the double space artefact). */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

export const maxLenError = (n: number) => `must be no more than ${n} characters`;

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL_FMT}$`);
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const DNS1035_LABEL_RE = new RegExp(`^${DNS1035_LABEL_FMT}$`);

export function isDNS1123Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!DNS1123_LABEL_RE.test(v)) {
    if (DNS1123_SUBDOMAIN_RE.test(v)) errs.push('must not contain dots');
    else
      errs.push(
        regexError(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
          DNS1123_LABEL_FMT,
          'my-name',
          '123-abc',
        ),
      );
  }
  return errs;
}

export function isDNS1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!DNS1123_SUBDOMAIN_RE.test(v)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN_FMT,
        'example.com',
      ),
    );
  }
  return errs;
}

export function isDNS1035Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!DNS1035_LABEL_RE.test(v)) {
    errs.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        DNS1035_LABEL_FMT,
        'my-name',
        'abc-123',
      ),
    );
  }
  return errs;
}

/** Wildcard DNS subdomains (`*.example.com`), allowed for Ingress hosts. */
export function isWildcardDNS1123Subdomain(v: string): string[] {
  const fmt = `\\*\\.${DNS1123_SUBDOMAIN_FMT}`;
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!new RegExp(`^${fmt}$`).test(v)) {
    errs.push(
      regexError(
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character",
        fmt,
        '*.example.com',
      ),
    );
  }
  return errs;
}

const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_RE = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/** `IsQualifiedName`: label keys and annotation keys, `[prefix/]name`. */
export function isQualifiedName(v: string): string[] {
  const errs: string[] = [];
  const parts = v.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0];
  else if (parts.length === 2) {
    const [prefix, n] = parts;
    name = n;
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else for (const m of isDNS1123Subdomain(prefix)) errs.push(`prefix part ${m}`);
  } else {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!QUALIFIED_NAME_RE.test(name)) errs.push(`name part ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE_FMT}$`);

export function isValidLabelValue(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!LABEL_VALUE_RE.test(v)) {
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        LABEL_VALUE_FMT,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return errs;
}

const PORT_RANGE_ERROR = 'must be between 1 and 65535, inclusive';

export function isValidPortNum(p: number): string[] {
  return p >= 1 && p <= 65535 ? [] : [PORT_RANGE_ERROR];
}

/** `IsValidPortName` (IANA_SVC_NAME). */
export function isValidPortName(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(v)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(v)) errs.push('must contain at least one letter (a-z)');
  if (v.includes('--')) errs.push('must not contain consecutive hyphens');
  if (v.length > 0 && (v.startsWith('-') || v.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

const NONNEGATIVE = 'must be greater than or equal to 0';

export function nonNegative(field: string, v: number | undefined): Causes {
  return v !== undefined && v !== null && v < 0 ? [invalidValue(field, v, NONNEGATIVE)] : [];
}

/** `ValidatePortNumOrName` for IntOrString ports (targetPort, probe ports). */
export function validatePortNumOrName(field: string, v: number | string | undefined): Causes {
  if (typeof v === 'number') return eachInvalid(field, v, isValidPortNum(v));
  if (typeof v === 'string') return eachInvalid(field, v, isValidPortName(v));
  // an unset IntOrString is the integer 0
  return eachInvalid(field, 0, isValidPortNum(0));
}

/** Labels: keys are qualified names, values label values (map keys visited in sorted order). */
export function validateLabels(field: string, labels: Record<string, unknown> | undefined): Causes {
  const out: Causes = [];
  for (const k of Object.keys(labels ?? {}).sort()) {
    out.push(...eachInvalid(field, k, isQualifiedName(k)));
    const v = String(labels![k] ?? '');
    out.push(...eachInvalid(field, v, isValidLabelValue(v)));
  }
  return out;
}

const TOTAL_ANNOTATION_SIZE = 256 * 1024;

export function validateAnnotations(field: string, ann: Record<string, unknown> | undefined): Causes {
  const out: Causes = [];
  let size = 0;
  for (const k of Object.keys(ann ?? {}).sort()) {
    out.push(...eachInvalid(field, k, isQualifiedName(k.toLowerCase())));
    size += k.length + String(ann![k] ?? '').length;
  }
  if (size > TOTAL_ANNOTATION_SIZE) out.push(tooLong(field, TOTAL_ANNOTATION_SIZE));
  return out;
}
