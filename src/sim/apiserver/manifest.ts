import type { KObject } from '../types';

/** One document of a manifest file, with a way back to its source positions (editor markers). */
export interface ManifestDoc {
  obj: KObject;
  /** 0-based index of the document in the file. */
  index: number;
  /** 1-based line where the document starts. */
  line: number;
  /** 1-based line/column of a field, e.g. ['spec', 'containers', 0, 'image']. */
  positionOf(path: (string | number)[]): { line: number; col: number } | undefined;
}

/** A file that cannot be turned into objects; `message` is what kubectl prints after `error: `. */
export class ManifestError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Parse a YAML or JSON manifest (multi-document, `kind: List` expanded). Stub until the parser lands. */
export function parseManifests(text: string, source: string): ManifestDoc[] {
  void text;
  void source;
  throw new ManifestError('manifest parsing is not implemented yet');
}
