/** The templates of the redis chart, by their path inside the chart (what `# Source:` names). */
import type { ChartTemplate } from '../../context.js';
import { configmap } from './templates/configmap.js';
import { headlessSvc } from './templates/headless-svc.js';
import { healthConfigmap } from './templates/health-configmap.js';
import { metricsDeployment } from './templates/metrics-deployment.js';
import { metricsPrometheus } from './templates/metrics-prometheus.js';
import { metricsSvc } from './templates/metrics-svc.js';
import { networkpolicy } from './templates/networkpolicy.js';
import { redisMasterStatefulset } from './templates/redis-master-statefulset.js';
import { redisMasterSvc } from './templates/redis-master-svc.js';
import { redisRole } from './templates/redis-role.js';
import { redisRolebinding } from './templates/redis-rolebinding.js';
import { redisServiceaccount } from './templates/redis-serviceaccount.js';
import { redisSlaveStatefulset } from './templates/redis-slave-statefulset.js';
import { redisSlaveSvc } from './templates/redis-slave-svc.js';
import { redisWithSentinelSvc } from './templates/redis-with-sentinel-svc.js';
import { secret } from './templates/secret.js';
import { notes } from './templates/NOTES.js';

export const redisTemplates: readonly ChartTemplate[] = [
  { path: 'templates/configmap.yaml', render: configmap },
  { path: 'templates/headless-svc.yaml', render: headlessSvc },
  { path: 'templates/health-configmap.yaml', render: healthConfigmap },
  { path: 'templates/metrics-deployment.yaml', render: metricsDeployment },
  { path: 'templates/metrics-prometheus.yaml', render: metricsPrometheus },
  { path: 'templates/metrics-svc.yaml', render: metricsSvc },
  { path: 'templates/networkpolicy.yaml', render: networkpolicy },
  { path: 'templates/redis-master-statefulset.yaml', render: redisMasterStatefulset },
  { path: 'templates/redis-master-svc.yaml', render: redisMasterSvc },
  { path: 'templates/redis-role.yaml', render: redisRole },
  { path: 'templates/redis-rolebinding.yaml', render: redisRolebinding },
  { path: 'templates/redis-serviceaccount.yaml', render: redisServiceaccount },
  { path: 'templates/redis-slave-statefulset.yaml', render: redisSlaveStatefulset },
  { path: 'templates/redis-slave-svc.yaml', render: redisSlaveSvc },
  { path: 'templates/redis-with-sentinel-svc.yaml', render: redisWithSentinelSvc },
  { path: 'templates/secret.yaml', render: secret },
  // Rendered (and its text dropped) like every template: its failures fail the render.
  { path: 'templates/NOTES.txt', render: notes },
];
