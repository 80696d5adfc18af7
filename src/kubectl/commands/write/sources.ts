/**
 * cli-runtime's resource builder for `-f`: paths, directories (`-R`), stdin; each document decoded,
 * validated for apiVersion/kind and mapped to a resource type. Errors keep kubectl's wording.
 */
import { isJsonMap } from '../../../sim/own';
import { parseManifests, ManifestError, type ManifestDoc } from '../../../sim/apiserver/manifest';
import { decodeError, metadataDecodeError } from '../../../sim/apiserver/schema/decode';
import { defIdForKind } from '../../../sim/apiserver/schema/schema';
import type { ResourceType } from '../../../sim/apiserver/resources';
import { ApiError, type KObject } from '../../../sim/types';
import { normalizePath, type KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import { klogLine } from '../../../sim/klog';
import { restMapping } from '../../rest-mapper';
import type { ParsedArgs } from '../../flags';
import type { SourceProblem } from '../../problems';
import { fieldValidationOf } from './validate-flag';

/** One object read from a file: cli-runtime's resource.Info. */
export interface Info {
  obj: KObject;
  rt: ResourceType;
  /** The file it came from (`STDIN` for `-`). */
  source: string;
  /** 0-based index of its document in the file. */
  doc: number;
  /** That document as parsed (positions of its fields, for the editor's markers). */
  manifest?: ManifestDoc;
  name: string;
  /** The namespace it goes to (undefined for cluster-scoped kinds). */
  namespace?: string;
  /** Larger than the API server's request limit: sending it fails with 413. */
  tooLarge?: boolean;
}

/** One error of the resource builder (text with `error: `), or an aggregate of them (Go's utilerrors.Aggregate). */
export type ReaderErr = string | ReaderErr[];

export interface Loaded {
  infos: Info[];
  /**
   * The file visitors' errors in reading order (EagerVisitorList); the mapping errors of one List's
   * items are one aggregate in it (FlattenListVisitor).
   */
  errors: ReaderErr[];
  /** The namespace check's errors: ContinueOnErrorVisitor collects them ahead of the visitors' aggregate. */
  namespaceErrors: string[];
  /** klog lines the validator printed while reading (before anything is sent). */
  warnings: string[];
}

/** cli-runtime FileExtensions: what a directory contributes. */
const FILE_EXTENSIONS = ['.json', '.yaml', '.yml'];
const STOP_VALIDATE = 'if you choose to ignore these errors, turn validation off with --validate=false';

/** Go's path.Clean of a relative path: filepath.Walk names a directory's files by Join, which cleans (`./a.yaml` is `a.yaml`). */
export function cleanPath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    // nothing is above the root
    else if (seg !== '..' || !p.startsWith('/')) out.push(seg);
  }
  const rooted = p.startsWith('/');
  const body = out.join('/');
  return rooted ? `/${body}` : body || '.';
}

/** Expand `-f` arguments to (source, text) pairs; missing paths fail before anything runs. */
function readSources(p: ParsedArgs, ctx: KubectlContext): { source: string; text: string }[] {
  const names = (p.flags.filename as string[] | undefined) ?? [];
  if (p.flags.kustomize) throw new KubectlError('kustomize (-k) is not supported in the playground');
  if (!names.length) throw new KubectlError('must specify one of -f and -k');
  const recursive = !!p.flags.recursive;
  const out: { source: string; text: string }[] = [];
  const errs: string[] = [];
  let stdinUsed = false;
  for (const name of names) {
    if (name === '-') {
      if (stdinUsed) throw new KubectlError('standard input cannot be used for multiple arguments');
      stdinUsed = true;
      out.push({ source: 'STDIN', text: ctx.stdin ?? '' });
      continue;
    }
    if (/^https?:\/\//.test(name)) {
      errs.push(`unable to read URL "${name}": the playground has no network access outside the cluster`);
      continue;
    }
    const text = ctx.fs.read(name);
    if (text !== undefined) {
      out.push({ source: name, text });
      continue;
    }
    const dir = normalizePath(name).replace(/\/+$/, '');
    const prefix = dir === '.' || dir === '' ? '' : dir + '/';
    const inDir = ctx.fs.list().filter((f) => f.startsWith(prefix) && (recursive || !f.slice(prefix.length).includes('/')));
    if (!ctx.fs.list().some((f) => f.startsWith(prefix))) {
      errs.push(`the path "${name}" does not exist`);
      continue;
    }
    for (const f of inDir.filter((f) => FILE_EXTENSIONS.some((e) => f.endsWith(e))).sort()) {
      out.push({ source: cleanPath(`${name}/${f.slice(prefix.length)}`), text: ctx.fs.read(f) ?? '' });
    }
  }
  if (errs.length) throw new KubectlError(errs.join('\nerror: '));
  return out;
}

/**
 * Decode every document; `ns` is the request namespace, `enforce` whether `-n` was given. `local`
 * is the typed builder of `kubectl set --local`: each document is decoded into its Go type (an
 * unknown kind or a wrongly typed field is a decode error) and none gets the default namespace.
 */
export function loadInfos(p: ParsedArgs, ctx: KubectlContext, ns: string, enforce: boolean, opts: { local?: boolean } = {}): Loaded {
  const infos: Info[] = [];
  const errors: ReaderErr[] = [];
  const namespaceErrors: string[] = [];
  const directive = fieldValidationOf(p);
  const validate = directive !== 'Ignore';
  const warnings: string[] = [];
  // --validate=warn leaves validation to the server (fieldValidation=Warn); a document whose kind has
  // no PATCH endpoint taking fieldValidation (a List, an unknown kind) is not checked at all
  const validated = (obj: KObject, list: boolean) => {
    if (list || !takesFieldValidation(obj)) warnings.push(klogLine('W', ctx.cluster.now(), 'schema.go:145', 'cannot perform warn validation if server-side field validation is unsupported, skipping validation'));
  };
  const report = (doc: ManifestDoc, x: Omit<SourceProblem, 'source' | 'doc' | 'manifest'>, source: string) => ctx.report?.({ source, doc: doc.index, manifest: doc, ...x });
  for (const { source, text } of readSources(p, ctx)) {
    let docs: ManifestDoc[];
    let streamError: string | undefined;
    let streamProblem: SourceProblem | undefined;
    try {
      docs = parseManifests(text, source, directive === 'Warn' ? { validate, validateItems: false, validated } : { validate });
    } catch (e) {
      if (!(e instanceof ManifestError)) throw e;
      // the documents before a broken one are still visited (kubectl streams the file)
      docs = e.docs;
      streamError = `error: ${e.message}`;
      // marked from the line the message names to the line where the parser noticed
      const line = e.named ?? e.line;
      streamProblem = { source, doc: e.docs.length, line, endLine: e.line !== undefined && line !== undefined && e.line > line ? e.line : undefined, message: e.message, type: e.named !== undefined || /yaml:/.test(e.message) ? 'YAMLSyntax' : 'ClientValidation' };
    }
    // each List's item errors, as the one aggregate FlattenListVisitor returns for it
    const listErrors = new Map<number, string[]>();
    for (const doc of docs) {
      const obj = doc.obj;
      let itemErrors: string[] | undefined;
      if (doc.list !== undefined) {
        itemErrors = listErrors.get(doc.list);
        if (!itemErrors) {
          itemErrors = [];
          listErrors.set(doc.list, itemErrors);
          errors.push(itemErrors);
        }
      }
      if (itemErrors && (typeof obj.kind !== 'string' || !obj.kind || typeof obj.apiVersion !== 'string' || !obj.apiVersion)) {
        // the unstructured typer's error for an item without a kind, else without a version
        const missing = typeof obj.kind !== 'string' || !obj.kind ? `'Kind' is missing in 'object has no kind field '` : `'apiVersion' is missing in 'object has no apiVersion field'`;
        itemErrors.push(`error: unable to get type info from the object "*unstructured.Unstructured": Object ${missing}`);
        report(doc, { field: missing.startsWith(`'Kind'`) ? 'kind' : 'apiVersion', message: `Object ${missing}`, type: 'ClientValidation' }, source);
        continue;
      }
      const missing = [obj.apiVersion ? '' : 'apiVersion not set', obj.kind ? '' : 'kind not set'].filter(Boolean);
      if (missing.length) {
        // the validator stops the rest of this file
        if (validate) {
          const list = missing.length > 1 ? `[${missing.join(', ')}]` : missing[0];
          errors.push(`error: error validating "${source}": error validating data: ${list}; ${STOP_VALIDATE}`);
          for (const m of missing) report(doc, { field: m.split(' ')[0], message: m, type: 'ClientValidation' }, source);
        } else {
          errors.push(`error: unable to decode "${source}": Object 'Kind' is missing in '${JSON.stringify(obj)}'`);
          report(doc, { field: 'kind', message: "Object 'Kind' is missing", type: 'ClientValidation' }, source);
        }
        break;
      }
      // kubectl decodes a document's metadata into a typed ObjectMeta itself (a List's items stay unstructured): a type error there never reaches the server
      const badMeta = itemErrors ? undefined : metadataDecodeError(obj.metadata);
      if (badMeta) {
        errors.push(`error: unable to decode "${source}": ${badMeta.message}`);
        report(doc, { field: badMeta.field, message: badMeta.message, type: 'FieldValueTypeInvalid' }, source);
        continue;
      }
      if (obj.metadata === undefined || obj.metadata === null) obj.metadata = {};
      const meta = isJsonMap(obj.metadata) ? obj.metadata : ({} as KObject['metadata']);
      const typedError = opts.local ? schemeDecodeError(obj) : undefined;
      if (typedError) {
        errors.push(`error: unable to decode "${source}": ${typedError}`);
        continue;
      }
      let rt: ResourceType;
      try {
        rt = restMapping(obj.apiVersion, obj.kind);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        if (itemErrors) {
          // the List's items are mapped one by one (mapper.infoForObject), without name or file
          itemErrors.push(`error: unable to recognize ${e.message}`);
          report(doc, { field: 'kind', message: `unable to recognize ${e.message}`, type: 'NoKindMatch' }, source);
          continue;
        }
        errors.push(
          `error: resource mapping not found for name: "${typeof meta.name === 'string' ? meta.name : ''}" namespace: "${typeof meta.namespace === 'string' ? meta.namespace : ''}" from "${source}": ${e.message}\nensure CRDs are installed first`,
        );
        report(doc, { field: 'kind', message: `resource mapping not found: ${e.message}`, type: 'NoKindMatch' }, source);
        continue;
      }
      let namespace: string | undefined;
      if (rt.namespaced) {
        if (enforce && typeof meta.namespace === 'string' && meta.namespace && meta.namespace !== ns) {
          const message = `the namespace from the provided object "${meta.namespace}" does not match the namespace "${ns}". You must pass '--namespace=${meta.namespace}' to perform this operation.`;
          namespaceErrors.push(`error: ${message}`);
          report(doc, { field: 'metadata.namespace', message, type: 'NamespaceMismatch' }, source);
          continue;
        }
        // unstructured GetNamespace: a value that is not a string reads as unset (the server then refuses it)
        const given = typeof meta.namespace === 'string' ? meta.namespace : '';
        namespace = given || ns;
        if (!opts.local && (meta.namespace === undefined || meta.namespace === null || meta.namespace === '')) meta.namespace = namespace;
      }
      infos.push({ obj, rt, source, doc: doc.index, manifest: doc, name: typeof meta.name === 'string' ? meta.name : '', namespace, tooLarge: doc.tooLarge });
    }
    if (streamError) errors.push(streamError);
    if (streamProblem) ctx.report?.(streamProblem);
  }
  return { infos, errors: errors.filter((e) => typeof e === 'string' || e.length > 0), namespaceErrors, warnings };
}

/** Why kubectl's scheme cannot decode an object into its Go type, or undefined. */
function schemeDecodeError(obj: KObject): string | undefined {
  if (!defIdForKind(obj.apiVersion, obj.kind)) return `no kind "${obj.kind}" is registered for version "${obj.apiVersion}" in scheme "pkg/scheme/scheme.go:28"`;
  const typeError = decodeError(obj)?.causes.find((c) => c.reason === 'FieldValueTypeInvalid');
  return typeError?.message;
}

/** cli-runtime's query-param verifier: the kind is served and its PATCH takes fieldValidation. */
function takesFieldValidation(obj: KObject): boolean {
  try {
    return (restMapping(obj.apiVersion, obj.kind).verbs ?? ['patch']).includes('patch');
  } catch (e) {
    if (e instanceof ApiError) return false;
    throw e;
  }
}

/** All of the builder's errors one after the other (for the commands that print them unaggregated). */
export function flatReaderErrors(loaded: Loaded): string[] {
  return [...loaded.namespaceErrors, ...flatten(loaded.errors)];
}

/** The messages of nested aggregates, in order. */
export function flatten(errs: ReaderErr[]): string[] {
  return errs.flatMap((e) => (typeof e === 'string' ? [e] : flatten(e)));
}
