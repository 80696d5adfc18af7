import { VirtualClock } from '../clock';
import { defaultConfig, type ClusterConfig } from '../config';
import { Rng } from '../random';
import { installPlugins } from './admission/install';
import { ApiServer } from './apiserver';

/**
 * Test fixture: an API server with the full request pipeline (decoding, defaults, validation,
 * admission) but no controllers, with the given namespaces (Active) already created.
 */
export function testApi(namespaces: string[] = ['default'], config: Partial<ClusterConfig> = {}): ApiServer {
  const rng = new Rng(1);
  const api = new ApiServer(new VirtualClock(Date.UTC(2026, 0, 1, 8)), rng.fork('apiserver'));
  installPlugins(api, rng.fork('admission'), defaultConfig(config));
  for (const name of namespaces) api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  return api;
}

/** Run `fn` and return the message of the error it throws (or '' if it does not throw). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}
