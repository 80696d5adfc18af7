/** metrics.k8s.io/v1beta1 as the aggregated API server (metrics-server) serves it through the API server. */
import { ApiError, type KObject } from '../types';

export const METRICS_GROUP = 'metrics.k8s.io';
export const METRICS_VERSION = 'v1beta1';

/** Whoever computes the metrics (the metrics-server reading the kubelets). */
export interface MetricsSource {
  /** Whether the APIService is available (a ready metrics-server). */
  available(): boolean;
  nodes(): KObject[];
  /** Pods of one namespace, or of all. */
  pods(namespace?: string): KObject[];
}

/** The aggregator's answer when the group is not served: the path is unknown. */
export const metricsNotFound = (): ApiError => new ApiError(404, 'NotFound', 'the server could not find the requested resource');

/** A named object the metrics-server has no metrics for (a missing object too). */
function noMetricsFor(resource: 'nodemetrics' | 'podmetrics', name: string): ApiError {
  return new ApiError(404, 'NotFound', `${resource}.${METRICS_GROUP} "${name}" not found`);
}

export function nodeMetrics(src: MetricsSource, name?: string): KObject[] {
  const all = src.nodes();
  if (name === undefined) return all;
  const m = all.find((n) => n.metadata.name === name);
  if (!m) throw noMetricsFor('nodemetrics', name);
  return [m];
}

export function podMetrics(src: MetricsSource, namespace: string | undefined, name?: string): KObject[] {
  const all = src.pods(namespace);
  if (name === undefined) return all;
  const m = all.find((p) => p.metadata.name === name);
  if (!m) throw noMetricsFor('podmetrics', `${namespace}/${name}`);
  return [m];
}
