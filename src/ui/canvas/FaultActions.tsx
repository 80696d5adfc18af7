import type { GraphNode } from '../../graph/model';
import { ETCD_MEMBER_KIND } from '../../graph/etcd';
import { NODE_KIND } from '../../graph/kinds';
import type { Lang, Text } from '../../lessons';
import { useAppStore } from '../../state/react';
import { runInTerminal } from '../actions';
import { translate } from '../i18n';
import { CANVAS_TEXT } from './strings';

const T = CANVAS_TEXT.faults;

/** What can go wrong with an object, as the prompt's failure commands (so lessons, checks and share links see the same). */
const ACTIONS: Record<string, { label: Text; command: (n: GraphNode) => string }[]> = {
  [NODE_KIND]: [
    { label: T.stopNode, command: (n) => `node stop ${n.name}` },
    { label: T.startNode, command: (n) => `node start ${n.name}` },
    { label: T.fillMemory, command: (n) => `node fill-memory ${n.name}` },
    { label: T.freeMemory, command: (n) => `node free-memory ${n.name}` },
  ],
  [ETCD_MEMBER_KIND]: [
    { label: T.stopMember, command: (n) => `etcd stop ${n.name}` },
    { label: T.startMember, command: (n) => `etcd start ${n.name}` },
  ],
  Pod: [
    { label: T.killContainer, command: (n) => `container kill ${n.name} -n ${n.namespace}` },
    { label: T.breakProbes, command: (n) => `container break-probes ${n.name} -n ${n.namespace}` },
    { label: T.fixProbes, command: (n) => `container fix-probes ${n.name} -n ${n.namespace}` },
  ],
};

/** Buttons that type a failure command into the terminal for the inspected node or pod. */
export function FaultActions({ node, lang }: { node: GraphNode; lang: Lang }) {
  const store = useAppStore();
  const actions = ACTIONS[node.kind];
  if (!actions) return null;
  return (
    <div className="kp-faults" data-testid="fault-actions">
      <h4>{translate(lang, T.title)}</h4>
      {actions.map((a) => {
        const cmd = a.command(node);
        return (
          <button key={cmd} type="button" className="btn small" title={cmd} onClick={() => runInTerminal(store, cmd)}>
            {translate(lang, a.label)}
          </button>
        );
      })}
    </div>
  );
}
