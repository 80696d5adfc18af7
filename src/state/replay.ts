import type { StateCreator } from 'zustand';
import type { ActivityStep } from '../sim/activity/types';
import type { FromWorker } from '../worker/protocol';

/** The control plane's steps after the learner's latest command. */
export interface Activity {
  command: string;
  /** Virtual time the command ran. */
  at: number;
  steps: ActivityStep[];
}

/** The page keeps at most this many steps of one command (a long watch of a busy cluster stays small). */
export const MAX_STEPS = 600;

export interface ReplaySlice {
  activity: Activity | null;
  /** The step the replay shows (null: none picked, the canvas is not focused on a step). */
  replayIndex: number | null;
  setReplayIndex(i: number | null): void;
  /** What the pane under the canvas shows. */
  activityTab: 'events' | 'replay';
  setActivityTab(tab: 'events' | 'replay'): void;
}

/** Fold a worker message into what the page has. */
export function applyActivity(prev: Activity | null, m: Extract<FromWorker, { type: 'activity' }>): Activity {
  const steps = m.reset || !prev ? m.steps : [...prev.steps, ...m.steps];
  return { command: m.command, at: m.at, steps: steps.length > MAX_STEPS ? steps.slice(0, MAX_STEPS) : steps };
}

export const createReplaySlice: StateCreator<ReplaySlice, [], [], ReplaySlice> = (set) => ({
  activity: null,
  replayIndex: null,
  setReplayIndex: (replayIndex) => set({ replayIndex }),
  activityTab: 'events',
  setActivityTab: (activityTab) => set({ activityTab }),
});
