import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { render } from 'polyaxon-render';

// The chart's passwords and keys as a values file kept in a Pulumi secret, so that every
// `pulumi up` renders the same manifests (docs/embedding.md lists the keys):
//   pulumi config set --secret polyaxonSecretValues "$(cat secret-values.yaml)"
const secretValues = new pulumi.Config().requireSecret('polyaxonSecretValues');

const manifests = secretValues.apply((text) =>
  render(
    { ingress: { enabled: true }, api: { replicas: 2 } },
    { releaseName: 'px', namespace: 'polyaxon', valueFiles: [{ name: 'secret-values.yaml', text }] },
  ),
);

// The provider's namespace places namespaced objects as `helm install -n polyaxon` would.
const provider = new k8s.Provider('polyaxon', { namespace: 'polyaxon' });
export const polyaxon = new k8s.yaml.v2.ConfigGroup('polyaxon', { yaml: manifests }, { provider });
