import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { LoggedCommand } from '../../worker/protocol';

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
}

const PREFIX = 'share=';

/** The URL hash (`#share=…`) for a payload, lz-string compressed. */
export function encodeShare(p: SharePayload): string {
  return `#${PREFIX}${compressToEncodedURIComponent(JSON.stringify(p))}`;
}

/** Read a payload from a URL hash; undefined if absent, throws if present but unreadable. */
export function decodeShare(hash: string): SharePayload | undefined {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith(PREFIX)) return undefined;
  const json = decompressFromEncodedURIComponent(h.slice(PREFIX.length));
  if (!json) throw new Error('share link: cannot decompress');
  const p = JSON.parse(json) as SharePayload;
  if (p.v !== 1 || typeof p.seed !== 'number' || !Array.isArray(p.log) || typeof p.files !== 'object') throw new Error('share link: bad payload');
  // data only: every field is checked for its type, nothing in it is ever executed as script
  const str = (o: unknown) => typeof o === 'object' && o !== null && Object.values(o).every((v) => typeof v === 'string');
  if (!str(p.files) || !str(p.start ?? {})) throw new Error('share link: bad files');
  for (const c of p.log) if (typeof c.at !== 'number' || typeof c.text !== 'string' || (c.files && !str(c.files))) throw new Error('share link: bad log');
  return p;
}

/** The full link for a payload: the lesson step's path or /play, plus the hash. */
export function shareUrl(origin: string, p: SharePayload): string {
  const path = p.lessonId && p.stepId ? `/lessons/${p.lessonId}/${p.stepId}` : '/play';
  return `${origin}${path}${encodeShare(p)}`;
}
