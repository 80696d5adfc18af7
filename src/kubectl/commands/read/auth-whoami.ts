/**
 * `kubectl auth whoami`: a SelfSubjectReview, answered with the user the request authenticated
 * (or `--as` impersonated) as (kubectl pkg/cmd/auth/whoami.go).
 */
import { checkAccess } from '../../../sim/apiserver/auth/as-user';
import { selfSubjectReview } from '../../../sim/apiserver/auth/reviews';
import { ApiError } from '../../../sim/types';
import type { CommandDef } from '../../command';
import { KubectlError } from '../../errors';
import { simCluster, userOf } from '../../identity';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import { tabwrite } from '../../printers/tabwriter';
import { goList } from '../../rbac/compact-rules';
import { OUTPUT_FLAG } from '../write/common';

export const authWhoamiCommands: CommandDef[] = [];

authWhoamiCommands.push({
  path: ['auth', 'whoami'],
  short: 'Experimental: Check self subject attributes',
  flags: [OUTPUT_FLAG],
  run(p, ctx, out) {
    const output = p.flags.output as string | undefined;
    if (output !== undefined && output !== 'name' && !NON_TABLE_FORMATS.includes(output.split('=')[0])) {
      throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${NON_TABLE_FORMATS.join(',')}`);
    }
    const cluster = simCluster(ctx);
    const user = userOf(ctx);
    try {
      checkAccess(cluster.api, user, { resourceRequest: true, verb: 'create', apiGroup: 'authentication.k8s.io', resource: 'selfsubjectreviews', namespace: '' });
    } catch (e) {
      // whoami replaces the server's Forbidden with its own sentence
      if (e instanceof ApiError && e.code === 403) throw new KubectlError('the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it');
      throw e;
    }
    if (output === undefined) {
      // whoami.go's rows: Username, UID, Groups, then one `Extra: <key>` row per key in sorted order
      const extra = Object.keys(user.extra ?? {}).sort().map((k) => [`Extra: ${k}`, goList(user.extra?.[k] ?? [])]);
      out.write(tabwrite([['ATTRIBUTE', 'VALUE'], ['Username', user.name], ...(user.uid ? [['UID', user.uid]] : []), ...(user.groups.length ? [['Groups', goList(user.groups)]] : []), ...extra]));
      return;
    }
    // the review as the server returns it, fields in the Go structs' order
    const review = selfSubjectReview(user, cluster.clock.isoNow());
    out.write(output === 'name' ? 'selfsubjectreview.authentication.k8s.io/\n' : printObjects([review], output, { allowedFormats: NON_TABLE_FORMATS, keepKeyOrder: true }));
  },
});
