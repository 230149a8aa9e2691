/** Port of polyaxon/charts/redis/templates/health-configmap.yaml. */
import type { RenderContext } from '../../../context.js';
import { field, truthy } from '../../../runtime/index.js';
import { redisFullname } from '../../../polyaxon/templates/partials/_redis.js';
import { redisChart, redisName } from './_helpers.js';
import { val } from '../shared/common.js';

/**
 * One ping script: reads the password file when `usePasswordFile`, passes `-a`
 * when `usePassword`. `passwordVar` is the variable the password lands in.
 */
function pingScript(ctx: RenderContext, passwordVar: string, fileVar: string, host: string, port: string): string {
  let out = '';
  if (truthy(field(ctx.Values, 'usePasswordFile'))) {
    out += `\n    password_aux=\`cat \${${fileVar}}\`\n    export ${passwordVar}=$password_aux`;
  }
  out += `
    response=$(
      timeout -s 9 $1 \\
      redis-cli \\`;
  if (truthy(field(ctx.Values, 'usePassword'))) out += `\n        -a $${passwordVar} \\`;
  return `${out}
        -h ${host} \\
        -p ${port} \\
        ping
    )
    if [ "$response" != "PONG" ]; then
      echo "$response"
      exit 1
    fi`;
}

export function healthConfigmap(ctx: RenderContext): string {
  let out = `apiVersion: v1
kind: ConfigMap
metadata:
  labels:
    app: ${redisName(ctx)}
    chart: ${redisChart(ctx)}
    heritage: ${ctx.Release.Service}
    release: ${ctx.Release.Name}
  name: ${redisFullname(ctx)}-health
data:
  ping_local.sh: |-${pingScript(ctx, 'REDIS_PASSWORD', 'REDIS_PASSWORD_FILE', 'localhost', '$REDIS_PORT')}`;
  if (truthy(field(ctx.Values, 'sentinel', 'enabled'))) {
    // The awk lines ending in "} " keep the chart's trailing spaces on purpose.
    out += `
  ping_sentinel.sh: |-${pingScript(ctx, 'REDIS_PASSWORD', 'REDIS_PASSWORD_FILE', 'localhost', '$REDIS_SENTINEL_PORT')}
  parse_sentinels.awk: |-
    /ip/ {FOUND_IP=1} 
    /port/ {FOUND_PORT=1} 
    /runid/ {FOUND_RUNID=1} 
    !/ip|port|runid/ { 
      if (FOUND_IP==1) {
        IP=$1; FOUND_IP=0;
      } 
      else if (FOUND_PORT==1) {
        PORT=$1; 
        FOUND_PORT=0;
      } else if (FOUND_RUNID==1) {
        printf "\\nsentinel known-sentinel ${val(ctx, 'sentinel', 'masterSet')} %s %s %s", IP, PORT, $0; FOUND_RUNID=0;
      }
    }`;
  }
  return `${out}
  ping_master.sh: |-${pingScript(ctx, 'REDIS_MASTER_PASSWORD', 'REDIS_MASTER_PASSWORD_FILE', '$REDIS_MASTER_HOST', '$REDIS_MASTER_PORT_NUMBER')}
  ping_local_and_master.sh: |-
    script_dir="$(dirname "$0")"
    exit_status=0
    "$script_dir/ping_local.sh" $1 || exit_status=$?
    "$script_dir/ping_master.sh" $1 || exit_status=$?
    exit $exit_status
`;
}
