/** The utilities the prompt and the containers share, by name. */
import { base64 } from './base64';
import type { Util } from './context';
import { echo, printf } from './echo-printf';
import { grep } from './grep';
import { head, tail } from './head-tail';
import { ls } from './ls';
import { rm } from './rm';
import { sed } from './sed';
import { cat, cut, seq, sort, tr, wc } from './text';

export const UTILS: Record<string, Util> = { echo, printf, cat, head, tail, grep, wc, base64, sort, cut, tr, seq, ls, rm, sed };
