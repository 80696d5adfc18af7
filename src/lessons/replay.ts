/** How to reach a step's start state: replay earlier solutions, then the step's own setup. */
import type { Lesson, Step } from './types';

/** A heredoc that writes a workspace file (the shell's `cat > f <<'EOF'`), with a delimiter the text cannot end early. */
export function writeFileCommand(name: string, text: string): string {
  let tag = 'EOF';
  while (text.split('\n').includes(tag)) tag += '_';
  return `cat > ${name} <<'${tag}'\n${text.endsWith('\n') ? text : text + '\n'}${tag}`;
}

/**
 * Split a script into commands the shell runs one by one: heredocs and `\` continuations kept whole,
 * blank lines dropped, comment lines dropped unless `keepComments` (lesson code blocks show them).
 */
export function splitCommands(script: string, keepComments = false): string[] {
  const out: string[] = [];
  const lines = script.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (!line.trim()) continue;
    if (line.trim().startsWith('#')) {
      if (keepComments) out.push(line);
      continue;
    }
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + '\n' + lines[++i];
    const here = /<<-?\s*(['"]?)(\w+)\1/.exec(line);
    if (here) {
      const body: string[] = [line];
      while (++i < lines.length) {
        body.push(lines[i]);
        if (lines[i].trim() === here[2]) break;
      }
      out.push(body.join('\n'));
    } else out.push(line);
  }
  return out;
}

/** The commands of a step's solution: commands.sh, or `kubectl apply -f` of each manifest in name order. */
export function solutionCommands(step: Step): string[] {
  if (step.solutionCommands !== undefined) return splitCommands(step.solutionCommands);
  return Object.keys(step.solution)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => `kubectl apply -f ${f}`);
}

/** Virtual seconds to let pass after each replayed step, so pods are running before the next one starts. */
const SETTLE_SECONDS = 60;

/** Commands that bring a fresh cluster from a step's start to its end state (files written first, then commands, then time). */
export function solutionScript(step: Step): string[] {
  return [
    ...Object.entries(step.solution).map(([f, t]) => writeFileCommand(f, t)),
    ...solutionCommands(step),
    `sleep ${SETTLE_SECONDS}`,
  ];
}

/** The editor tabs a step starts with: its own start files, or the previous step's end state (its tabs plus its solution). */
export function startFiles(lesson: Lesson, index: number): Record<string, string> {
  const step = lesson.steps[index];
  if (step.start) return { ...step.start };
  if (index === 0) return {};
  const prev = lesson.steps[index - 1];
  return { ...startFiles(lesson, index - 1), ...prev.solution };
}

/** Everything needed to open a step: the commands to run on a fresh cluster and the editor tabs to show afterwards. */
export function stepStart(lesson: Lesson, index: number): { commands: string[]; files: Record<string, string> } {
  const commands: string[] = [];
  for (let i = 0; i < index; i++) {
    const s = lesson.steps[i];
    if (s.setup) commands.push(...splitCommands(s.setup));
    commands.push(...solutionScript(s));
  }
  const step = lesson.steps[index];
  if (step.setup) commands.push(...splitCommands(step.setup));
  return { commands, files: startFiles(lesson, index) };
}
