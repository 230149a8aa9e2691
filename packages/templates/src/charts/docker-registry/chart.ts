/** The templates of the docker-registry chart, by their path inside the chart (what `# Source:` names). */
import type { ChartTemplate } from '../../context.js';
import { configmap } from './templates/configmap.js';
import { deployment } from './templates/deployment.js';
import { ingress } from './templates/ingress.js';
import { pvc } from './templates/pvc.js';
import { secret } from './templates/secret.js';
import { service } from './templates/service.js';
import { notes } from './templates/NOTES.js';

export const dockerRegistryTemplates: readonly ChartTemplate[] = [
  { path: 'templates/configmap.yaml', render: configmap },
  { path: 'templates/deployment.yaml', render: deployment },
  { path: 'templates/ingress.yaml', render: ingress },
  { path: 'templates/pvc.yaml', render: pvc },
  { path: 'templates/secret.yaml', render: secret },
  { path: 'templates/service.yaml', render: service },
  // Rendered (and its text dropped) like every template: its failures fail the render.
  { path: 'templates/NOTES.txt', render: notes },
];
