import { ApiObject, App, JsonPatch } from 'cdk8s';
import { PolyaxonChart } from 'polyaxon-render/cdk8s';

const app = new App();
const chart = new PolyaxonChart(app, 'polyaxon', {
  releaseName: 'px',
  namespace: 'polyaxon',
  kubeVersion: '1.29',
  values: { ingress: { enabled: true } },
  set: ['api.replicas=2'],
});

// Any rendered object can be patched before synthesis.
const api = chart.findObject('Deployment', 'px-polyaxon-api');
if (api) ApiObject.of(api).addJsonPatch(JsonPatch.add('/spec/template/metadata/labels/team', 'ml'));

app.synth(); // dist/polyaxon.k8s.yaml
