/**
 * What `kubectl edit` does once the editor is saved (kubectl's editoptions.go): compare with what
 * was opened, patch each changed object with a two-way strategic merge patch against the live
 * object (so status writes made meanwhile do not conflict), and reopen the file with the API
 * server's reasons at the top when a change is invalid.
 */
import { parse as parseYaml } from 'yaml';
import { ManifestError, parseManifests } from '../../../sim/apiserver/manifest';
import type { ResourceType } from '../../../sim/apiserver/resources';
import { jsonEqual } from '../../../sim/own';
import { ApiError, type KObject } from '../../../sim/types';
import type { EditSession, EditTurn, KubectlContext } from '../../context';
import { patchDecodeError } from '../../../sim/apiserver/patch/patch-errors';
import { strategicMerge, threeWayMergePatch } from '../../../sim/apiserver/patch/strategic-merge';
import { opLine, printEach, resourceKey } from './common';

const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

/** One object opened for editing, as it was read. */
export interface EditTarget {
  rt: ResourceType;
  namespace?: string;
  obj: KObject;
}

/** A reason the file is reopened, printed as comment lines under the header. */
interface Reason {
  head: string;
  other: string[];
}

/** The file kubectl writes for the editor: the header, then the object (several: a v1 List). */
function editFile(targets: EditTarget[], reasons: Reason[] = [], body?: string): string {
  const text =
    body ??
    (targets.length === 1
      ? printEach([targets[0].obj], 'yaml')
      : printEach([{ apiVersion: 'v1', kind: 'List', metadata: {}, items: targets.map((t) => t.obj) } as unknown as KObject], 'yaml'));
  return HEADER + reasons.map(reasonLines).join('') + text;
}

function reasonLines(r: Reason): string {
  const hash = (s: string) => s.replace(/\n(?=[^#])/g, '\n# ');
  return `# ${hash(r.head)}${r.other.length ? ':' : ''}\n${r.other.map((o) => `# * ${hash(o)}\n`).join('')}#\n`;
}

/** Lines starting with `#` dropped (`#!` kept), as kubectl's ManualStrip. */
function manualStrip(text: string): string {
  return text
    .split('\n')
    .filter((l) => !(l.trim().startsWith('#') && !l.trim().startsWith('#!')))
    .join('\n');
}

/** kubectl's StripComments: the document as JSON when it parses, else the text without comment lines. */
function stripComments(text: string): string {
  try {
    return JSON.stringify(parseYaml(text) ?? null);
  } catch {
    return manualStrip(text);
  }
}

/** The YAML error of a text (go-yaml's `yaml: line N: ...`, lines counted without the comment lines), if any. */
function syntaxError(text: string): string | undefined {
  try {
    parseManifests(text, 'edited-file', { validate: false });
    return undefined;
  } catch (e) {
    if (!(e instanceof ManifestError)) throw e;
    return e.message.replace(/^.*?(?=yaml: )/, '');
  }
}

const hasLines = (text: string) => text.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#'));

/** An editor session over `targets`, saved into `file` of the workspace. */
export function editSession(ctx: KubectlContext, file: string, targets: EditTarget[]): EditSession {
  const original = editFile(targets);
  let lastError: string | undefined;
  ctx.fs.write(file, original);

  const end = (out: string, code = 0): EditTurn => ({ result: { out, code }, done: true });
  const preserved = (out: string) => end(`A copy of your changes has been stored to "${file}"\n${out}`, 1);

  return {
    file,
    save(edited): EditTurn {
      if (lastError !== undefined && stripComments(lastError) === stripComments(edited)) return preserved('error: Edit cancelled, no valid changes were saved.\n');
      // kubectl's client-side check comes first: a YAML syntax error is reported as invalid, on the first object
      const syntax = syntaxError(manualStrip(edited));
      if (syntax) {
        const what = `${resourceKey(targets[0].rt)} "${targets[0].obj.metadata.name}"`;
        return reopen([{ head: `${what} was not valid`, other: [`<nil>: Invalid value: "The edited file failed validation": ${syntax}`] }], `error: ${what} is invalid\n`);
      }
      if (stripComments(original) === stripComments(edited)) return end('Edit cancelled, no changes made.\n');
      if (!hasLines(edited)) return end('Edit cancelled, saved file was empty.\n');
      const docs = parseManifests(edited, 'edited-file').map((d) => d.obj);

      const lines: string[] = [];
      const reasons: Reason[] = [];
      let retryable = 0;
      let notFound = 0;
      for (const doc of docs) {
        const t = targets.find((x) => x.obj.metadata.uid !== undefined && x.obj.metadata.uid === doc.metadata?.uid);
        if (!t) return preserved(`error: no original object found for ${doc.kind ?? 'object'} "${doc.metadata?.name ?? ''}"\n`);
        if (jsonEqual(t.obj, doc)) {
          lines.push(opLine(t.obj, 'skipped', 'none'));
          continue;
        }
        const patch = threeWayMergePatch(t.obj, doc, t.obj, t.rt.kind);
        if ('apiVersion' in patch || 'kind' in patch || 'managedFields' in ((patch.metadata as object | null) ?? {}) || 'name' in ((patch.metadata as object | null) ?? {}))
          return preserved('error: At least one of apiVersion, kind and name was changed\n');
        const what = `${resourceKey(t.rt)} "${t.obj.metadata.name}"`;
        try {
          const live = ctx.cluster.api.tryGet(t.rt, t.namespace, t.obj.metadata.name ?? '');
          if (!live) throw new ApiError(404, 'NotFound', `${what} not found`);
          const next = strategicMerge(live, patch, t.rt.kind) as KObject;
          next.metadata = { ...next.metadata, resourceVersion: next.metadata?.resourceVersion ?? live.metadata.resourceVersion };
          let result: KObject;
          try {
            result = ctx.cluster.api.update(next, { namespace: t.namespace, user: ctx.user });
          } catch (e) {
            throw patchDecodeError(e, patch);
          }
          lines.push(opLine(result, 'edited', 'none'));
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          if (e.reason === 'Invalid') {
            reasons.push({ head: `${what} was not valid`, other: e.causes.map((c) => `${c.field}: ${c.message}`) });
            lines.push(`error: ${what} is invalid`);
          } else if (e.reason === 'NotFound') {
            notFound++;
            lines.push(`error: ${what} could not be found on the server`);
          } else {
            retryable++;
            lines.push(`error: ${what} could not be patched: ${e.message}`);
          }
        }
      }
      const out = lines.map((l) => l + '\n').join('');
      if (retryable) return end(`${out}You can run \`kubectl replace -f ${file}\` to try this update again.\n`, 1);
      if (notFound) return end(`${out}The edits you made on deleted resources have been saved to "${file}"\n`, 1);
      if (reasons.length) return reopen(reasons, out);
      return end(out);

      /** The editor opens again on the learner's text, the reasons on top; the session goes on. */
      function reopen(why: Reason[], printed: string): EditTurn {
        lastError = edited;
        ctx.fs.write(file, editFile(targets, why, manualStrip(edited)));
        return { result: { out: printed, code: 1 }, done: false };
      }
    },
  };
}
