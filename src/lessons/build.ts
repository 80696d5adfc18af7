/** Turn the files of `lessons/` (path → text) into Lesson objects. Pure: the browser and Node loaders feed it. */
import { parse } from 'yaml';
import type { CheckSpec, Lesson, Step, Text } from './types';

/** `05-services` → `services`; order comes from the prefix. */
export function stripOrder(dir: string): string {
  return dir.replace(/^\d+-/, '');
}

/** The README's first `# ` heading as plain text (titles show in places that render no markdown). */
function firstHeading(md: string): string {
  return (/^#\s+(.+)$/m.exec(md)?.[1].trim() ?? '').replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}

const EXPECT_KEYS = ['words', 'equals', 'matches', 'contains', 'notContains', 'exitCode'];

/** Validate checks.yaml: a list of checks, each with an id, a bilingual title, a command and an expectation. */
function parseChecks(text: string, where: string): CheckSpec[] {
  const data = parse(text) ?? [];
  if (!Array.isArray(data)) throw new Error(`${where}: checks.yaml must be a list`);
  return data.map((c: any, i: number) => {
    const at = `${where}: check ${c?.id ?? i}`;
    if (!c?.id || !c.run) throw new Error(`${at}: needs id and run`);
    if (!c.title?.zh || !c.title?.en) throw new Error(`${at}: needs title.zh and title.en`);
    if (!c.expect || !Object.keys(c.expect).length) throw new Error(`${at}: needs expect`);
    for (const k of Object.keys(c.expect)) if (!EXPECT_KEYS.includes(k)) throw new Error(`${at}: unknown expect "${k}"`);
    if (c.hint && (!c.hint.zh || !c.hint.en)) throw new Error(`${at}: hint needs zh and en`);
    return { id: String(c.id), title: c.title, run: String(c.run), expect: c.expect, hint: c.hint };
  });
}

/**
 * Build lessons from a map of paths relative to the repository (`lessons/05-services/01-expose/README.en.md` ...).
 * Lessons and steps are ordered by their folder names' `NN-` prefixes.
 */
export function buildLessons(files: Record<string, string>): Lesson[] {
  const lessons = new Map<string, { meta?: any; steps: Map<string, Record<string, string>> }>();
  for (const [path, text] of Object.entries(files)) {
    const m = /(?:^|\/)lessons\/([^/]+)\/(.+)$/.exec(path);
    if (!m) continue;
    const [, lessonDir, rest] = m;
    let l = lessons.get(lessonDir);
    if (!l) lessons.set(lessonDir, (l = { steps: new Map() }));
    if (rest === 'lesson.yaml') {
      l.meta = parse(text);
      continue;
    }
    const slash = rest.indexOf('/');
    if (slash < 0) continue;
    const stepDir = rest.slice(0, slash);
    let s = l.steps.get(stepDir);
    if (!s) l.steps.set(stepDir, (s = {}));
    s[rest.slice(slash + 1)] = text;
  }
  const out: Lesson[] = [];
  for (const lessonDir of [...lessons.keys()].sort()) {
    const l = lessons.get(lessonDir)!;
    if (!l.meta) continue;
    const steps: Step[] = [];
    for (const stepDir of [...l.steps.keys()].sort()) {
      const f = l.steps.get(stepDir)!;
      const where = `lessons/${lessonDir}/${stepDir}`;
      const readme: Text = { zh: f['README.zh.md'] ?? '', en: f['README.en.md'] ?? '' };
      if (!readme.zh || !readme.en) throw new Error(`${where}: needs README.zh.md and README.en.md`);
      const pick = (prefix: string) =>
        Object.fromEntries(
          Object.entries(f)
            // a folder inside start/ or solution/ is a workspace folder (`--from-file=conf-dir/`)
            .filter(([k]) => k.startsWith(prefix))
            .map(([k, v]) => [k.slice(prefix.length), v])
            .sort(([a], [b]) => a.localeCompare(b)),
        );
      const start = pick('start/');
      const setup = start['setup.sh'];
      delete start['setup.sh'];
      const solution = pick('solution/');
      const solutionCommands = solution['commands.sh'];
      delete solution['commands.sh'];
      steps.push({
        id: stripOrder(stepDir),
        dir: stepDir,
        index: steps.length,
        title: { zh: firstHeading(readme.zh), en: firstHeading(readme.en) },
        readme,
        start: Object.keys(start).length || setup !== undefined ? start : undefined,
        setup,
        solution,
        solutionCommands,
        checks: parseChecks(f['checks.yaml'] ?? '[]', where),
      });
    }
    out.push({
      id: stripOrder(lessonDir),
      dir: lessonDir,
      chapter: Number(l.meta.chapter ?? parseInt(lessonDir, 10)),
      title: l.meta.title,
      summary: l.meta.summary,
      sections: l.meta.sections,
      steps,
    });
  }
  return out;
}
