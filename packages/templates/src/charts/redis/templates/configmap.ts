/** Port of polyaxon/charts/redis/templates/configmap.yaml. */
import type { GoValue } from '@polyaxon-render/values';
import type { RenderContext } from '../../../context.js';
import { field, indent, printValue, rangeItems, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';
import { val } from '../shared/common.js';

/** Left-trimming `if X`, then left-trimming `range X` over "\n    rename-command " + the item (the action `.`) + ' ""', closed by two left-trimming `end`s. */
function renameCommands(commands: GoValue | undefined): string {
  if (!truthy(commands)) return '';
  return rangeItems(commands)
    .map((c) => `\n    rename-command ${printValue(c)} ""`)
    .join('');
}

export function configmap(ctx: RenderContext): string {
  const fullname = redisFullname(ctx);
  let out = `apiVersion: v1
kind: ConfigMap
metadata:
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    heritage: ${ctx.Release.Service}
    release: ${ctx.Release.Name}
  name: ${fullname}
data:
  redis.conf: |-`;
  const userConfig = field(ctx.Values, 'configmap');
  if (truthy(userConfig)) {
    out += `\n    # User-supplied configuration:\n${indent(4, userConfig)}`;
  }
  out += `\n  master.conf: |-\n    dir ${val(ctx, 'master', 'persistence', 'path')}`;
  out += renameCommands(field(ctx.Values, 'master', 'disableCommands'));
  out += `\n  replica.conf: |-\n    dir ${val(ctx, 'slave', 'persistence', 'path')}\n    slave-read-only yes`;
  out += renameCommands(field(ctx.Values, 'slave', 'disableCommands'));
  if (truthy(field(ctx.Values, 'sentinel', 'enabled'))) {
    const masterSet = val(ctx, 'sentinel', 'masterSet');
    // The sentinel.conf lines are indented by five spaces in the chart (kept).
    out += `
  sentinel.conf: |-
     dir "/tmp"
     bind 0.0.0.0
     port ${val(ctx, 'sentinel', 'port')}
     sentinel monitor ${masterSet} ${fullname}-master-0.${fullname}-headless.${ctx.Release.Namespace}.svc.cluster.local ${val(ctx, 'redisPort')} ${val(ctx, 'sentinel', 'quorum')}
     sentinel down-after-milliseconds ${val(ctx, 'sentinel', 'masterSet')} ${val(ctx, 'sentinel', 'downAfterMilliseconds')}
     sentinel failover-timeout ${val(ctx, 'sentinel', 'masterSet')} ${val(ctx, 'sentinel', 'failoverTimeout')}
     sentinel parallel-syncs ${val(ctx, 'sentinel', 'masterSet')} ${val(ctx, 'sentinel', 'parallelSyncs')}`;
  }
  return out + '\n';
}
