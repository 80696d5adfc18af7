/** Lessons as data: a lesson is a chapter of the notes, a step one exercise with prose, files and checks. */

export type Lang = 'zh' | 'en';
/** Words in both languages: lesson content and the page's string tables alike. */
export type Text = Record<Lang, string>;

/** A lesson check, as written in checks.yaml. */
export interface CheckSpec {
  id: string;
  title: Text;
  run: string;
  expect: {
    words?: number;
    equals?: string;
    matches?: string;
    contains?: string;
    notContains?: string;
    exitCode?: number;
  };
  hint?: Text;
}

export interface CheckResult {
  id: string;
  passed: boolean;
  /** The command's output, to show why a check fails. */
  output: string;
}

export interface Step {
  /** URL id: the folder name without its `NN-` prefix. */
  id: string;
  /** Folder name, e.g. `01-expose`. */
  dir: string;
  index: number;
  /** Title from the README's first `# ` heading. */
  title: Text;
  /** README markdown, per language. */
  readme: Text;
  /** This step's own start files (editor tabs), when it has a `start/` folder. */
  start?: Record<string, string>;
  /** `start/setup.sh`: commands run when the step starts (after the previous steps are replayed). */
  setup?: string;
  /** Solution manifests and other files (`solution/*` except commands.sh). */
  solution: Record<string, string>;
  /** `solution/commands.sh`, if any; without it the solution applies each manifest in name order. */
  solutionCommands?: string;
  checks: CheckSpec[];
}

export interface Lesson {
  /** URL id: the folder name without its `NN-` prefix, e.g. `services`. */
  id: string;
  dir: string;
  /** The notes' chapter number. */
  chapter: number;
  title: Text;
  summary?: Text;
  /** Sections of the notes this lesson covers, e.g. `5.1–5.6`. */
  sections?: string;
  steps: Step[];
}
