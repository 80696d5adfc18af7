// Every kubectl command, in one list: a command file exports its definitions and is named here,
// so a command exists only by being listed (knip fails on a command file nobody lists).
import type { CommandDef } from '../command';
import { getCommands } from './read/get';
import { describeCommands } from './read/describe';
import { apiResourcesCommands } from './read/api-resources';
import { versionCommands } from './read/version';
import { clusterInfoCommands } from './read/cluster-info';
import { authCanICommands } from './read/auth-can-i';
import { authWhoamiCommands } from './read/auth-whoami';
import { explainCommands } from './read/explain';
import { topCommands } from './read/top';
import { eventsCommands } from './read/events';
import { applyCommands } from './write/apply';
import { labelAnnotateCommands } from './write/label-annotate';
import { deleteCommands } from './write/delete';
import { patchCommands } from './write/patch';
import { replaceCommands } from './write/replace';
import { createCommands } from './write/create';
import { createConfigmapCommands } from './write/create-configmap';
import { createBasicCommands } from './write/create-basic';
import { createRbacCommands } from './write/create-rbac';
import { createTokenCommands } from './write/create-token';
import { createPolicyCommands } from './write/create-policy';
import { waitCommands } from './write/wait';
import { editCommands } from './write/edit';
import { createBatchCommands } from './write/create-batch';
import { createIngressCommands } from './write/create-ingress';
import { applyViewLastAppliedCommands } from './write/apply-view-last-applied';
import { createDeploymentCommands } from './workloads/create-deployment';
import { scaleCommands } from './workloads/scale';
import { autoscaleCommands } from './workloads/autoscale';
import { setEnvCommands } from './workloads/set-env';
import { setImageCommands } from './workloads/set-image';
import { setResourcesCommands } from './workloads/set-resources';
import { setServiceAccountCommands } from './workloads/set-serviceaccount';
import { setSelectorCommands } from './workloads/set-selector';
import { setSubjectCommands } from './workloads/set-subject';
import { rolloutStatusCommands } from './workloads/rollout-status';
import { rolloutHistoryCommands } from './workloads/rollout-history';
import { rolloutUndoCommands } from './workloads/rollout-undo';
import { rolloutPauseResumeCommands } from './workloads/rollout-pause-resume';
import { rolloutRestartCommands } from './workloads/rollout-restart';
import { rolloutSetGroupsCommands } from './workloads/rollout-set-groups';
import { execCommands } from './node/exec';
import { logsCommands } from './node/logs';
import { runCommands } from './node/run';
import { cordonCommands } from './node/cordon';
import { drainCommands } from './node/drain';
import { taintCommands } from './node/taint';
import { cliCommands } from './cli/cli';
import { pendingCommands } from './cli/pending';
import { diffCommand } from './write/diff';
import { certificateCommands } from './write/certificate';
import { createServiceCommands } from './network/create-service';
import { exposeCommands } from './network/expose';
import { configGroupCommands } from './config/config';
import { configViewCommands } from './config/view';
import { configContextCommands } from './config/contexts';
import { configEntryCommands } from './config/entries';
import { configSetUnsetCommands } from './config/set-unset';

export const COMMANDS: readonly CommandDef[] = [
  ...getCommands,
  ...describeCommands,
  ...apiResourcesCommands,
  ...versionCommands,
  ...clusterInfoCommands,
  ...authCanICommands,
  ...authWhoamiCommands,
  ...explainCommands,
  ...topCommands,
  ...eventsCommands,
  ...applyCommands,
  ...labelAnnotateCommands,
  ...deleteCommands,
  ...patchCommands,
  ...replaceCommands,
  ...createCommands,
  ...createConfigmapCommands,
  ...createBasicCommands,
  ...createRbacCommands,
  ...createTokenCommands,
  ...createPolicyCommands,
  ...waitCommands,
  ...editCommands,
  ...createBatchCommands,
  ...createIngressCommands,
  ...applyViewLastAppliedCommands,
  ...createDeploymentCommands,
  ...scaleCommands,
  ...autoscaleCommands,
  ...setEnvCommands,
  ...setImageCommands,
  ...setResourcesCommands,
  ...setServiceAccountCommands,
  ...setSelectorCommands,
  ...setSubjectCommands,
  ...rolloutStatusCommands,
  ...rolloutHistoryCommands,
  ...rolloutUndoCommands,
  ...rolloutPauseResumeCommands,
  ...rolloutRestartCommands,
  ...rolloutSetGroupsCommands,
  ...execCommands,
  ...logsCommands,
  ...runCommands,
  ...cordonCommands,
  ...drainCommands,
  ...taintCommands,
  ...cliCommands,
  ...pendingCommands,
  diffCommand,
  ...certificateCommands,
  ...createServiceCommands,
  ...exposeCommands,
  ...configGroupCommands,
  ...configViewCommands,
  ...configContextCommands,
  ...configEntryCommands,
  ...configSetUnsetCommands,
];
