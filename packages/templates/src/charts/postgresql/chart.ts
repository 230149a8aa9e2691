/** The templates of the postgresql chart, by their path inside the chart (what `# Source:` names). */
import type { ChartTemplate } from '../../context.js';
import { deployment } from './templates/deployment.js';
import { networkpolicy } from './templates/networkpolicy.js';
import { pvc } from './templates/pvc.js';
import { secrets } from './templates/secrets.js';
import { svc } from './templates/svc.js';
import { notes } from './templates/NOTES.js';

export const postgresqlTemplates: readonly ChartTemplate[] = [
  { path: 'templates/deployment.yaml', render: deployment },
  { path: 'templates/networkpolicy.yaml', render: networkpolicy },
  { path: 'templates/pvc.yaml', render: pvc },
  { path: 'templates/secrets.yaml', render: secrets },
  { path: 'templates/svc.yaml', render: svc },
  // Rendered (and its text dropped) like every template: its failures fail the render.
  { path: 'templates/NOTES.txt', render: notes },
];
