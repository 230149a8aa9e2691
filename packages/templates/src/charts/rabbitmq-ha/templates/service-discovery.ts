/** Port of polyaxon/charts/rabbitmq-ha/templates/service-discovery.yaml. */
import type { RenderContext } from '../../../context.js';

export function serviceDiscovery(ctx: RenderContext): string {
  void ctx;
  throw new Error('not ported yet: polyaxon/charts/rabbitmq-ha/templates/service-discovery.yaml');
}
