/** Port of polyaxon/templates/hooks/clean-plugins.yaml. */
import type { RenderContext } from '../../../context.js';

export function cleanPlugins(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/templates/hooks/clean-plugins.yaml');
}
