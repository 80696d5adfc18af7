import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { SIM_EPOCH_MS } from '../../sim/clock';
import { MAX_REPLAY_STEPS, type ClusterSize, type LoggedCommand } from '../../worker/protocol';
import { MAX_ETCD_MEMBERS } from '../../sim/etcd/limits';

/** Everything a share link carries to replay a session exactly. */
export interface SharePayload {
  v: 1;
  lessonId?: string;
  stepId?: string;
  seed: number;
  /** Workspace files when the session started. */
  start: Record<string, string>;
  /** Commands with their virtual times (and files when they changed). */
  log: LoggedCommand[];
  /** Virtual time at the moment of sharing. */
  until: number;
  /** Editor text at the moment of sharing. */
  files: Record<string, string>;
  active?: string | null;
  /** The control-plane replay's step the sharer was looking at. */
  replay?: number;
  /** The size the cluster started with, when not the default one. */
  cluster?: ClusterSize;
}

const PREFIX = 'share=';

/** The URL hash (`#share=…`) for a payload, lz-string compressed. */
export function encodeShare(p: SharePayload): string {
  return `#${PREFIX}${compressToEncodedURIComponent(JSON.stringify(p))}`;
}

/** Lesson and step ids are URL path segments: kebab-case. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A workspace file name: a relative path of printable characters, never a prototype key. */
const FILE_NAME = /^(?!\/)[^\x00-\x1f\x7f\\]{1,255}$/;
const MAX_LOG = 10_000;
/** How far past its last command a link may ask to advance the clock (opening it must stay quick). */
const MAX_IDLE_MS = 24 * 3600_000;

class BadShare extends Error {}

function fail(what: string): never {
  throw new BadShare(`share link: bad ${what}`);
}

/** A `{ name: text }` map of files; names that are prototype keys or paths out of the workspace are refused. */
function files(o: unknown, what: string): Record<string, string> {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) fail(what);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'string' || !FILE_NAME.test(k) || k === '__proto__' || k.split('/').includes('..')) fail(what);
    out[k] = v;
  }
  return out;
}

/** The knobs a link may set, within what the page's own flags allow. */
const SIZE_LIMITS: Record<keyof ClusterSize, number> = { workers: 200, maxPods: 20_000, etcdMembers: MAX_ETCD_MEMBERS };

function clusterSize(o: unknown): ClusterSize {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) fail('cluster');
  const out: ClusterSize = {};
  for (const [k, v] of Object.entries(o)) {
    if (!Object.hasOwn(SIZE_LIMITS, k) || !Number.isSafeInteger(v) || (v as number) < 1 || (v as number) > SIZE_LIMITS[k as keyof ClusterSize]) fail('cluster');
    out[k as keyof ClusterSize] = v as number;
  }
  return out;
}

const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Read a payload from a URL hash; undefined if absent, throws if present but unreadable. A link is
 * input written by someone else: every field is checked and copied, nothing else is kept.
 */
export function decodeShare(hash: string): SharePayload | undefined {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith(PREFIX)) return undefined;
  const json = decompressFromEncodedURIComponent(h.slice(PREFIX.length));
  if (!json) throw new BadShare('share link: cannot decompress');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json);
  } catch {
    fail('payload');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || raw.v !== 1) fail('payload');
  if (!Number.isSafeInteger(raw.seed)) fail('seed');
  if (raw.lessonId !== undefined && (typeof raw.lessonId !== 'string' || !ID.test(raw.lessonId))) fail('lessonId');
  if (raw.stepId !== undefined && (typeof raw.stepId !== 'string' || !ID.test(raw.stepId))) fail('stepId');
  if (!time(raw.until)) fail('until');
  const finalFiles = files(raw.files, 'files');
  const start = raw.start === undefined ? {} : files(raw.start, 'files');
  if (raw.active !== undefined && raw.active !== null && (typeof raw.active !== 'string' || !Object.hasOwn(finalFiles, raw.active))) fail('active');
  if (!Array.isArray(raw.log) || raw.log.length > MAX_LOG) fail('log');
  let last = 0;
  const log: LoggedCommand[] = raw.log.map((c: unknown) => {
    const e = c as Record<string, unknown>;
    if (typeof e !== 'object' || e === null || !time(e.at) || e.at < last || typeof e.text !== 'string') fail('log');
    if (e.hidden !== undefined && typeof e.hidden !== 'boolean') fail('log');
    if (e.input !== undefined && e.input !== 'line' && e.input !== 'eof' && e.input !== 'save') fail('log');
    last = e.at as number;
    const entry: LoggedCommand = { at: e.at as number, text: e.text as string };
    if (e.files !== undefined) entry.files = files(e.files, 'log');
    if (e.hidden !== undefined) entry.hidden = e.hidden as boolean;
    if (e.input !== undefined) entry.input = e.input as LoggedCommand['input'];
    return entry;
  });
  // commands at virtual time 0 are a step's hidden setup; the others must not run after the end
  if (log.some((c) => c.at > (raw.until as number))) fail('until');
  if ((raw.until as number) > Math.max(last, SIM_EPOCH_MS) + MAX_IDLE_MS) fail('until');
  const p: SharePayload = { v: 1, seed: raw.seed as number, start, log, until: raw.until as number, files: finalFiles };
  if (raw.lessonId !== undefined) p.lessonId = raw.lessonId as string;
  if (raw.stepId !== undefined) p.stepId = raw.stepId as string;
  if (raw.active !== undefined) p.active = raw.active as string | null;
  if (raw.replay !== undefined) {
    if (!Number.isSafeInteger(raw.replay) || (raw.replay as number) < 0 || (raw.replay as number) >= MAX_REPLAY_STEPS) fail('replay');
    p.replay = raw.replay as number;
  }
  if (raw.cluster !== undefined) p.cluster = clusterSize(raw.cluster);
  return p;
}

/**
 * Whether a decoded link's lesson step exists here; a link to an unknown lesson or step opens the
 * route's fresh step instead (with a notice), never a half-known state.
 */
export function shareStepKnown(p: SharePayload, stepExists: (lessonId: string, stepId: string) => boolean): boolean {
  if (p.lessonId === undefined && p.stepId === undefined) return true;
  return p.lessonId !== undefined && p.stepId !== undefined && stepExists(p.lessonId, p.stepId);
}

/** The full link for a payload: the lesson step's path or /play, plus the hash. */
export function shareUrl(origin: string, p: SharePayload): string {
  const path = p.lessonId && p.stepId ? `/lessons/${p.lessonId}/${p.stepId}` : '/play';
  return `${origin}${path}${encodeShare(p)}`;
}
