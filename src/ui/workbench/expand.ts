import { createContext } from 'react';

/** The canvas's "enlarge" switch: the workbench gives it the room of the lesson and the editor while it is on. */
export interface CanvasExpand {
  expanded: boolean;
  toggle(): void;
}

/** Provided by the split layout only: on tabs the canvas already has the whole pane. */
export const CanvasExpandContext = createContext<CanvasExpand | null>(null);
