/**
 * `.Capabilities` for `helm template`: chartutil.DefaultCapabilities of Helm
 * v3.17.3 (Kubernetes v1.32.0) unless --kube-version says otherwise, plus
 * --api-versions appended to the default API version list.
 */
import { RenderError } from '@polyaxon-render/values';
import type { CapabilitiesInfo, KubeVersionInfo } from '@polyaxon-render/templates';

export const defaultKubeVersion: KubeVersionInfo = {
  Version: 'v1.32.0',
  Major: '1',
  Minor: '32',
  GitVersion: 'v1.32.0',
};

/**
 * The API versions Helm's client-only mode advertises (chartutil.DefaultVersionSet,
 * from the client-go scheme); the charts don't query them, so only the core ones are listed.
 */
const defaultApiVersions: readonly string[] = ['v1'];

// Masterminds/semver v3 NewVersion's loose pattern (not npm semver: it takes "1.20", "v1", leading "v").
const semverLoose =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

/** chartutil.ParseKubeVersion with template.go's error wording. */
export function parseKubeVersion(s: string): KubeVersionInfo {
  const m = semverLoose.exec(s);
  const bad = (why: string) =>
    new RenderError('usage', `invalid kube version '${s}': ${why}`, { flag: '--kube-version' });
  if (!m) throw bad('Invalid Semantic Version');
  const num = (x: string | undefined) => (x === undefined ? 0n : BigInt(x.replace('.', '')));
  const major = num(m[1]);
  const minor = num(m[2]);
  const patch = num(m[3]);
  const max = 18446744073709551615n;
  if (major > max || minor > max || patch > max) throw bad('Invalid Semantic Version');
  const pre = m[5];
  if (pre !== undefined) {
    // Masterminds validates prerelease identifiers: numeric ones may not have leading zeros.
    for (const id of pre.split('.')) {
      if (/^[0-9]+$/.test(id) && id.length > 1 && id.startsWith('0')) throw bad('Version segment starts with 0');
    }
  }
  let v = `${major}.${minor}.${patch}`;
  if (pre !== undefined) v += `-${pre}`;
  if (m[8] !== undefined) v += `+${m[8]}`;
  return { Version: `v${v}`, Major: major.toString(), Minor: minor.toString(), GitVersion: `v${v}` };
}

export function capabilities(kubeVersion: string | undefined, apiVersions: readonly string[] = []): CapabilitiesInfo {
  return {
    KubeVersion: kubeVersion === undefined || kubeVersion === '' ? defaultKubeVersion : parseKubeVersion(kubeVersion),
    APIVersions: [...defaultApiVersions, ...apiVersions],
  };
}
