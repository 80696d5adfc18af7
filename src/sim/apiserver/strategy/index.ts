import type { KObject } from '../../types';
import { generateJobSelector } from './job';

/**
 * PrepareForCreate steps that need the object's UID, which the server assigns just before them
 * (upstream BeforeCreate fills the UID, then calls the strategy), keyed by resource.
 */
export const PREPARE_WITH_UID: Record<string, (obj: KObject) => void> = {
  'jobs.batch': generateJobSelector,
};
