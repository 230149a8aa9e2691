/** The templates of the polyaxon chart, by their path inside the chart (what `# Source:` names). */
import type { ChartTemplate } from '../context.js';
import { notes } from './templates/NOTES.js';
import { apiDeployment } from './templates/api-deployment.js';
import { apiSvc } from './templates/api-svc.js';
import { beatDeployment } from './templates/beat-deployment.js';
import { cm } from './templates/cm.js';
import { eventsDeployment } from './templates/events-deployment.js';
import { adminUserJob } from './templates/hooks/admin-user-job.js';
import { cleanExperimentsJob } from './templates/hooks/clean-experiments-job.js';
import { cleanJobs } from './templates/hooks/clean-jobs.js';
import { cleanPlugins } from './templates/hooks/clean-plugins.js';
import { createExchangeJob } from './templates/hooks/create_exchange-job.js';
import { loadFixturesJob } from './templates/hooks/load-fixtures-job.js';
import { syncDbJob } from './templates/hooks/sync-db-job.js';
import { tablesJob } from './templates/hooks/tables-job.js';
import { hpsearchDeployment } from './templates/hpsearch-deployment.js';
import { ing } from './templates/ing.js';
import { k8sEventsDeployment } from './templates/k8s-events-deployment.js';
import { monitorsDeployment } from './templates/monitors-deployment.js';
import { resourcesDs } from './templates/resources-ds.js';
import { sa } from './templates/sa.js';
import { schedulerDeployment } from './templates/scheduler-deployment.js';
import { secrets } from './templates/secrets.js';

export const polyaxonTemplates: readonly ChartTemplate[] = [
  { path: 'templates/NOTES.txt', render: notes },
  { path: 'templates/api-deployment.yaml', render: apiDeployment },
  { path: 'templates/api-svc.yaml', render: apiSvc },
  { path: 'templates/beat-deployment.yaml', render: beatDeployment },
  { path: 'templates/cm.yaml', render: cm },
  { path: 'templates/events-deployment.yaml', render: eventsDeployment },
  { path: 'templates/hooks/admin-user-job.yaml', render: adminUserJob },
  { path: 'templates/hooks/clean-experiments-job.yaml', render: cleanExperimentsJob },
  { path: 'templates/hooks/clean-jobs.yaml', render: cleanJobs },
  { path: 'templates/hooks/clean-plugins.yaml', render: cleanPlugins },
  { path: 'templates/hooks/create_exchange-job.yaml', render: createExchangeJob },
  { path: 'templates/hooks/load-fixtures-job.yaml', render: loadFixturesJob },
  { path: 'templates/hooks/sync-db-job.yaml', render: syncDbJob },
  { path: 'templates/hooks/tables-job.yaml', render: tablesJob },
  { path: 'templates/hpsearch-deployment.yaml', render: hpsearchDeployment },
  { path: 'templates/ing.yaml', render: ing },
  { path: 'templates/k8s-events-deployment.yaml', render: k8sEventsDeployment },
  { path: 'templates/monitors-deployment.yaml', render: monitorsDeployment },
  { path: 'templates/resources-ds.yaml', render: resourcesDs },
  { path: 'templates/sa.yaml', render: sa },
  { path: 'templates/scheduler-deployment.yaml', render: schedulerDeployment },
  { path: 'templates/secrets.yaml', render: secrets },
];
