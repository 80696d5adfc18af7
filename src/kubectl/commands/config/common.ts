/** What the `kubectl config` commands share: the session's kubeconfig and cobra's usage errors. */
import type { KubectlContext, Output } from '../../context';
import { Kubeconfig } from '../../kubeconfig';
import { HELP } from '../../help/config';

/** The kubeconfig the command reads and changes (runKubectl always hands one). */
export function kubeconfigOf(ctx: KubectlContext): Kubeconfig {
  return (ctx.kubeconfig ?? new Kubeconfig()).load(ctx.cluster);
}

/** The help text of `kubectl config <sub>`. */
export function configHelp(sub?: string): string {
  return HELP[sub ? `config ${sub}` : 'config'];
}

/** kubectl's helpErrorf: the command's help on stdout, then the error. */
export function helpError(out: Output, sub: string, message: string): void {
  out.write(configHelp(sub));
  out.fail(`error: ${message}`);
}

/** Go's `%v` of a string slice: `[a b]`. */
export function goList(args: string[]): string {
  return `[${args.join(' ')}]`;
}
