/** The templates of the rabbitmq-ha chart, by their path inside the chart (what `# Source:` names). */
import type { ChartTemplate } from '../../context.js';
import { alerts } from './templates/alerts.js';
import { configmap } from './templates/configmap.js';
import { ingress } from './templates/ingress.js';
import { pdb } from './templates/pdb.js';
import { role } from './templates/role.js';
import { rolebinding } from './templates/rolebinding.js';
import { secret } from './templates/secret.js';
import { serviceDiscovery } from './templates/service-discovery.js';
import { service } from './templates/service.js';
import { serviceaccount } from './templates/serviceaccount.js';
import { servicemonitor } from './templates/servicemonitor.js';
import { statefulset } from './templates/statefulset.js';
import { notes } from './templates/NOTES.js';

export const rabbitmqHaTemplates: readonly ChartTemplate[] = [
  { path: 'templates/alerts.yaml', render: alerts },
  { path: 'templates/configmap.yaml', render: configmap },
  { path: 'templates/ingress.yaml', render: ingress },
  { path: 'templates/pdb.yaml', render: pdb },
  { path: 'templates/role.yaml', render: role },
  { path: 'templates/rolebinding.yaml', render: rolebinding },
  { path: 'templates/secret.yaml', render: secret },
  { path: 'templates/service-discovery.yaml', render: serviceDiscovery },
  { path: 'templates/service.yaml', render: service },
  { path: 'templates/serviceaccount.yaml', render: serviceaccount },
  { path: 'templates/servicemonitor.yaml', render: servicemonitor },
  { path: 'templates/statefulset.yaml', render: statefulset },
  // Rendered (and its text dropped) like every template: its failures fail the render.
  { path: 'templates/NOTES.txt', render: notes },
];
