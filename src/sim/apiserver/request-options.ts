import type { FieldRequirement } from './auth/rules';
import type { KObject } from '../types';
import type { UserInfo } from './auth/user';

/** Unknown fields rejected (Strict), dropped with a warning (Warn), or dropped (Ignore): the request's `fieldValidation`. */
export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface WriteOptions {
  dryRun?: boolean;
  /** The namespace the request is made in (kubectl's -n or the context default). */
  namespace?: string;
  /** The user's name as the request log shows it (kubectl's user, `--as`). */
  user?: string;
  /** Who sent the request, when a simulated component did (its client sets it; see auth/components.ts). */
  identity?: UserInfo;
  /**
   * Validate even a component's write: for objects built from templates the API server
   * never validated as a whole (a StatefulSet's pod spec is checked only when its pods are made).
   */
  validate?: boolean;
  /** How unknown fields are treated (the request's `fieldValidation`); Strict when unset, as kubectl asks. */
  fieldValidation?: FieldValidation;
  /**
   * The request a component's client really sends when the simulated write stands for another:
   * a PATCH, or a patch of the status subresource that also sets finalizers. It is what the
   * component is authorized for (client.ts).
   */
  sent?: SentRequest;
}

interface SentRequest {
  verb: 'patch' | 'update';
  subresource?: string;
}

export interface DeleteOptions extends WriteOptions {
  /** Seconds; 0 with force removes at once. Default: the object's own (pods: 30). */
  gracePeriodSeconds?: number;
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
}

export interface ListOptions {
  labelSelector?: (labels: Record<string, string>) => boolean;
  fieldSelector?: (obj: KObject) => boolean;
  /** The field selector's `field=value` requirements, which the authorizer sees (a kubelet's spec.nodeName=<node>). */
  fieldRequirements?: readonly FieldRequirement[];
}
