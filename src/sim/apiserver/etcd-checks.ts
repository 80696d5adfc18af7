/**
 * The API server's etcd health checks, as apiserver's storagebackend factory builds them: `etcd`
 * (on /healthz, /livez and /readyz) and `etcd-readiness` (on /readyz), each a linearizable get of
 * `/registry/health` under its own deadline: `--etcd-healthcheck-timeout` and
 * `--etcd-readycheck-timeout`, both 2s by default (storagebackend.DefaultHealthcheckTimeout and
 * DefaultReadinessTimeout). Without a quorum the get waits for that deadline and fails.
 *
 * Each check is rate limited to one probe every half of its timeout (burst 1): a check asked again
 * sooner answers at once with the error of the last probe sent.
 */
import { ETCD_PROBE_ERROR } from './component-status';

export const HEALTHCHECK_TIMEOUT_MS = 2_000;
export const READYCHECK_TIMEOUT_MS = 2_000;

export type EtcdCheckName = 'etcd' | 'etcd-readiness';

/** What one check found and how long the API server waited for it. */
export interface CheckOutcome {
  error?: string;
  tookMs: number;
}

/** Runs a check `offsetMs` after now (the checks of one request run one after the other). */
export interface EtcdHealthProbe {
  run(name: EtcdCheckName, offsetMs: number): CheckOutcome;
}

export interface EtcdCheckTimeouts {
  healthcheckMs: number;
  readycheckMs: number;
}

export class EtcdHealthChecks implements EtcdHealthProbe {
  /** Per check: when its last probe was sent and what it found. */
  private readonly last = new Map<EtcdCheckName, { at: number; error?: string }>();

  constructor(
    private readonly now: () => number,
    private readonly etcd: { hasQuorum(): boolean },
    private readonly timeouts: EtcdCheckTimeouts = { healthcheckMs: HEALTHCHECK_TIMEOUT_MS, readycheckMs: READYCHECK_TIMEOUT_MS },
  ) {}

  run(name: EtcdCheckName, offsetMs = 0): CheckOutcome {
    const at = this.now() + offsetMs;
    const timeout = name === 'etcd' ? this.timeouts.healthcheckMs : this.timeouts.readycheckMs;
    const prev = this.last.get(name);
    // rate.NewLimiter(rate.Every(timeout/2), 1): the token is back half a timeout after the last probe
    if (prev && at - prev.at < timeout / 2) return { error: prev.error, tookMs: 0 };
    if (this.etcd.hasQuorum()) {
      this.last.set(name, { at });
      return { tookMs: 0 };
    }
    this.last.set(name, { at, error: ETCD_PROBE_ERROR });
    return { error: ETCD_PROBE_ERROR, tookMs: timeout };
  }
}
