/** The shell's builtin commands, by name. `kubectl`/`k` are dispatched by the shell itself. */
import { curl } from './curl';
import { etcdctl } from './etcdctl';
import { container, etcd, node } from './fault-builtins';
import { replay } from './replay-builtin';
import { StreamWriter } from '../sim/sh/streams';
import type { Builtin } from './io';
import { dateText } from '../sim/sh/utils/date';
import { TEXT_BUILTINS } from './workspace-files';

/** ANSI sequence `clear` writes (home, erase screen, erase scrollback). */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';

/** `date [+FORMAT]` prints the cluster's virtual time, as coreutils does in the C locale (`Thu Jan  1 08:00:00 UTC 2026`). */
const date: Builtin = (args, env) => new StreamWriter().out(dateText(env.cluster.now(), args.find((a) => a.startsWith('+'))?.slice(1)) + '\n').done();

const clear: Builtin = () => new StreamWriter().out(CLEAR_SCREEN).done();

const HELP = `Kube Playground shell: one command per line, quoting with '...', "..." and \\, # comments.
  kubectl ... (alias k)    talk to the simulated cluster
  cat > f.yaml <<EOF       write a workspace file (also: cmd > file, cmd >> file)
  kubectl apply -f - <<EOF apply what follows, up to the EOF line
  sleep N|Ns|Nm            let virtual time pass
  curl [-s] [-v] [-H 'Host: x'] URL
                           a request from outside the cluster (NodePorts, load balancers, Ingress)
  node stop|start NODE     power a node off or on (its pods are evicted after the grace periods)
  etcd stop|start MEMBER   stop or start an etcd member (etcdctl member list names them)
  etcd members [N]         the etcd members and their quorum; N (1-7): add or remove members
  etcdctl version | member list | endpoint status|health [--cluster] [-w table]
                           with --cacert, --cert, --key from /etc/kubernetes/pki/etcd (etcd wants TLS);
                           each flag also from its exported variable: export ETCDCTL_CACERT=...
  etcdctl get KEY [--prefix] [--keys-only]
                           the keys of the API server's objects: get /registry --prefix --keys-only
  container kill POD [-c C]          the runtime kills a container (exit code 137)
  container break-probes|fix-probes POD [-c C]   the app stops/resumes answering its probes
  echo, printf, cat, ls, rm, sed, base64 [-d], grep, wc, head, tail, sort, cut, tr, seq, date, clear, help
  pipes: echo -n abc | base64, kubectl get pods -o name | wc -l
  variables and substitution: POD=$(kubectl get pods -o name | head -1); echo $POD
  environment: export NAME=value, or NAME=value before a command
`;

const help: Builtin = () => new StreamWriter().out(HELP).done();

export const BUILTINS: Record<string, Builtin> = {
  ...TEXT_BUILTINS,
  date,
  clear,
  help,
  curl,
  node,
  container,
  etcd,
  etcdctl,
  replay,
};
