import type { ClusterView } from '../../worker/protocol';

/** Props of the cluster canvas (React Flow). Placeholder: the canvas helper replaces the body. */
export interface ClusterCanvasProps {
  view: ClusterView;
  /** Run a shell command (describe, get -o yaml) and get its output, for the inspector. */
  run: (command: string) => Promise<string>;
  /** Open YAML text in the editor as a new tab. */
  openInEditor: (name: string, yaml: string) => void;
}

export function ClusterCanvas(props: ClusterCanvasProps) {
  return <div data-testid="cluster-canvas">{props.view.objects.length} objects</div>;
}
