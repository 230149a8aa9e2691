/** Port of polyaxon/templates/monitors-deployment.yaml. */
import type { RenderContext } from '../../context.js';
import { field, indentInclude, truthy } from '../../runtime/index.js';
import { containerResources, deploymentHead, val } from '../shared/workload.js';
import { configEnvFrom } from './partials/_envFrom.js';
import { configEnvs } from './partials/_envs.js';

export function monitorsDeployment(ctx: RenderContext): string {
  let out = `${deploymentHead(ctx, { name: 'monitors', role: 'log', replicas: () => '1' })}
      containers:`;
  if (truthy(field(ctx.Values, 'eventMonitors', 'namespace', 'enabled'))) {
    out += `
      # namespace event monitor
${monitorContainer(ctx, 'namespace')}`;
  }
  // This comment line sits outside both `if`s, so it is printed even with no statuses monitor.
  out += `
      # statuses event monitor`;
  if (truthy(field(ctx.Values, 'eventMonitors', 'statuses', 'enabled'))) {
    out += `\n${monitorContainer(ctx, 'statuses')}`;
  }
  return out + '\n';
}

/** One event monitor's container (both are written out identically in the chart, but for the key). */
function monitorContainer(ctx: RenderContext, monitor: 'namespace' | 'statuses'): string {
  const m = (key: string) => val(ctx, 'eventMonitors', monitor, key);
  return `      - name: ${ctx.Chart.Name}-${monitor}
        image: "${m('image')}:${m('imageTag')}"
        imagePullPolicy: ${m('imagePullPolicy')}
        args: ["--sleep_interval=${m('sleepInterval')}", "--persist=${m('persists')}"]
        envFrom:
${indentInclude(8, configEnvFrom, ctx)}
        env:
${indentInclude(8, configEnvs, ctx)}
${containerResources(ctx, 'eventMonitors', monitor)}`;
}
