/** Port of polyaxon/templates/secrets.yaml. */
import type { RenderContext } from '../../context.js';

export function secrets(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/secrets.yaml');
}
