/** The version documents of the simulated kube-apiserver (v1.34.1) and of the kubectl it teaches (the v1.34.5 oracle). */
import { KUBERNETES_VERSION } from './config';

/** The kubectl release the playground's kubectl answers as; its build facts are what `kubectl34 version -o json` prints. */
const KUBECTL_VERSION = 'v1.34.5';

/** version.Info of a client build: no emulation fields (they are omitempty and only servers set them). */
export function kubectlVersionInfo(): Record<string, string> {
  return { major: '1', minor: '34', gitVersion: KUBECTL_VERSION, gitCommit: 'ebfac057369b21558006b8815821ab2fb1e29f2d', gitTreeState: 'clean', buildDate: '2026-02-26T20:06:18Z', goVersion: 'go1.24.13', compiler: 'gc', platform: 'linux/amd64' };
}

/** GET /version of kube-apiserver v1.34.1 (tag commit 93248f9a; emulation is the binary's own version, compatibility one minor back). */
export function serverVersionInfo(): Record<string, string> {
  const [major, minor] = KUBERNETES_VERSION.replace(/^v/, '').split('.');
  return {
    major, minor, emulationMajor: major, emulationMinor: minor, minCompatibilityMajor: major, minCompatibilityMinor: String(Number(minor) - 1),
    gitVersion: KUBERNETES_VERSION, gitCommit: '93248f9ae092f571eb870b7664c534bfc7d00f03', gitTreeState: 'clean', buildDate: '2025-09-09T19:37:26Z', goVersion: 'go1.24.6', compiler: 'gc', platform: 'linux/amd64',
  };
}
