import { clientAs } from './apiserver/client';
import type { UserInfo } from './apiserver/auth/user';
import type { SimContext } from './context';

/** A component's context: its API client and event recorder send requests as the component's own user (`gets`: the resources whose gets are authorized too). */
export function componentContext(ctx: SimContext, identity: UserInfo, gets?: ReadonlySet<string>): SimContext {
  const api = clientAs(ctx.api, identity, gets);
  return { ...ctx, api, events: ctx.events.as(api) };
}
