import type { GraphNode } from '../../graph/model';
import { ETCD_MEMBER_KIND } from '../../graph/etcd';
import { NODE_KIND } from '../../graph/kinds';
import type { Lang } from '../../state/prefs';
import { useAppStore } from '../../state/react';
import { runInTerminal } from '../actions';

/** What can go wrong with an object, as the prompt's failure commands (so lessons, checks and share links see the same). */
const ACTIONS: Record<string, { label: Record<Lang, string>; command: (n: GraphNode) => string }[]> = {
  [NODE_KIND]: [
    { label: { en: 'Stop node', zh: '关停节点' }, command: (n) => `node stop ${n.name}` },
    { label: { en: 'Start node', zh: '启动节点' }, command: (n) => `node start ${n.name}` },
    { label: { en: 'Fill memory', zh: '占满内存' }, command: (n) => `node fill-memory ${n.name}` },
    { label: { en: 'Free memory', zh: '释放内存' }, command: (n) => `node free-memory ${n.name}` },
  ],
  [ETCD_MEMBER_KIND]: [
    { label: { en: 'Stop member', zh: '停止成员' }, command: (n) => `etcd stop ${n.name}` },
    { label: { en: 'Start member', zh: '启动成员' }, command: (n) => `etcd start ${n.name}` },
  ],
  Pod: [
    { label: { en: 'Kill container', zh: '杀死容器' }, command: (n) => `container kill ${n.name} -n ${n.namespace}` },
    { label: { en: 'Break probes', zh: '让探针失败' }, command: (n) => `container break-probes ${n.name} -n ${n.namespace}` },
    { label: { en: 'Fix probes', zh: '恢复探针' }, command: (n) => `container fix-probes ${n.name} -n ${n.namespace}` },
  ],
};

const TITLE: Record<Lang, string> = { en: 'Make it fail', zh: '制造故障' };

/** Buttons that type a failure command into the terminal for the inspected node or pod. */
export function FaultActions({ node, lang }: { node: GraphNode; lang: Lang }) {
  const store = useAppStore();
  const actions = ACTIONS[node.kind];
  if (!actions) return null;
  return (
    <div className="kp-faults" data-testid="fault-actions">
      <h4>{TITLE[lang]}</h4>
      {actions.map((a) => {
        const cmd = a.command(node);
        return (
          <button key={cmd} type="button" className="btn small" title={cmd} onClick={() => runInTerminal(store, cmd)}>
            {a.label[lang]}
          </button>
        );
      })}
    </div>
  );
}
