/** Shapes shared by every layer of the simulation. Objects are plain JSON, as on the wire. */

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  [key: string]: unknown;
}

/** Any Kubernetes object. Kind-specific code narrows `spec`/`status` to the fields it reads. */
export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: any;
  status?: any;
  [key: string]: any;
}

type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  type: WatchEventType;
  /** Resource plural with group, e.g. `pods`, `deployments.apps`. */
  resource: string;
  object: KObject;
  /** The previous stored version for MODIFIED/DELETED. */
  old?: KObject;
}

/** A field-level cause of an Invalid error (apimachinery field.Error). */
export interface StatusCause {
  /**
   * e.g. FieldValueInvalid, FieldValueRequired, FieldValueNotSupported, FieldValueDuplicate, FieldValueTooLong;
   * for decoding errors (which the real server reports in its message only) FieldValueTypeInvalid, FieldValueUnknown.
   */
  reason: string;
  /** The full detail after `field: `, e.g. `Invalid value: "x": must be ...`. */
  message: string;
  /** JSON path like `spec.ports[0].nodePort`. */
  field: string;
}

export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Invalid'
  | 'BadRequest'
  | 'Forbidden'
  /** No credentials the authenticators accept (401). */
  | 'Unauthorized'
  | 'MethodNotAllowed'
  | 'InternalError'
  | 'Timeout'
  | 'NotAcceptable'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  /** A resourceVersion older than the watch history (410). */
  | 'Expired'
  /** The server asks the client to retry later (429), e.g. while a watch cache is not ready. */
  | 'TooManyRequests'
  /** StatusReasonUnknown: the Status carries only its code and message. */
  | '';

/** An API error, as the server returns it in a metav1.Status. `message` is printed verbatim by kubectl. */
export class ApiError extends Error {
  constructor(
    public readonly code: number,
    public readonly reason: StatusReason,
    message: string,
    public readonly causes: StatusCause[] = [],
    /** The object the error is about (metav1.StatusDetails), used by kubectl's `The X "n" is invalid` form. */
    public readonly details: { kind?: string; group?: string; name?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

