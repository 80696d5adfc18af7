/** Props of the lesson panel (prose, Run buttons, checks, hints). Placeholder: the lessons helper replaces the body. */
export interface LessonPanelProps {
  lessonId: string;
  stepId: string;
  lang: 'zh' | 'en';
  /** Type a command into the terminal and run it. */
  runInTerminal: (command: string) => void;
}

export function LessonPanel(props: LessonPanelProps) {
  return <div data-testid="lesson-panel">{props.lessonId}/{props.stepId}</div>;
}
