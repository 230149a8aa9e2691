/**
 * chartutil.ValidateReleaseName (Helm v3.17.3), wrapped as install.go's
 * availableName wraps it: `release name "X": invalid release name, …`.
 */
import { RenderError } from '@polyaxon-render/values';

const validName = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const maxReleaseNameLen = 53;

export function validateReleaseName(name: string): void {
  let why: string | undefined;
  if (name === '') why = 'no name provided';
  // Go's len() counts bytes.
  else if (new TextEncoder().encode(name).length > maxReleaseNameLen || !validName.test(name)) {
    why = `invalid release name, must match regex ${validName.source} and the length must not be longer than 53`;
  }
  if (why) throw new RenderError('release', `release name ${JSON.stringify(name)}: ${why}`);
}
