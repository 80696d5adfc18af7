import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import { Shell } from '../shell/shell';

const here = dirname(fileURLToPath(import.meta.url));

/** Run a script (text, or the name of a `.sh` file in this folder) on a fresh cluster; returns the transcript. */
export function transcriptOf(script: string, seed = 1, files: Record<string, string> = {}): string {
  const text = script.endsWith('.sh') ? readFileSync(join(here, script), 'utf8') : script;
  const fs = new MemoryWorkspace();
  for (const [k, v] of Object.entries(files)) fs.write(k, v);
  return new Shell({ cluster: new Cluster({ seed }), fs }).transcript(text);
}

/** The output printed after `$ <command>` (the first command starting with it). */
export function outputOf(transcript: string, command: string): string {
  const blocks = transcript.split(/^\$ /m).slice(1);
  // an exact command line wins over a longer one that starts the same way
  const b = blocks.find((x) => x.split('\n')[0] === command) ?? blocks.find((x) => x.startsWith(command));
  if (b === undefined) throw new Error(`command not in transcript: ${command}`);
  const lines = b.split('\n');
  // skip the command line and any heredoc body (up to its delimiter line)
  const m = /<<-?'?"?(\w+)/.exec(lines[0]);
  let i = 1;
  if (m) while (i < lines.length && lines[i - 1].trim() !== m[1]) i++;
  return lines.slice(i).join('\n');
}
