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
  // the worker sends no more than MAX_REPLAY_STEPS of one command
  return { command: m.command, at: m.at, steps: m.reset || !prev ? m.steps : [...prev.steps, ...m.steps] };
}

export const createReplaySlice: StateCreator<ReplaySlice, [], [], ReplaySlice> = (set) => ({
  activity: null,
  replayIndex: null,
  setReplayIndex: (replayIndex) => set({ replayIndex }),
  activityTab: 'events',
  setActivityTab: (activityTab) => set({ activityTab }),
});
