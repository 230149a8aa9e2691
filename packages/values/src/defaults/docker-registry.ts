// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-defaults.mjs <reference chart dir>
// Source: values.yaml of the docker-registry chart 1.7.1.

import type { GoMap } from '../go-value.js';
import type { DockerRegistryValues } from '../values-types.js';
import { goMap, type Literal } from './_literal.js';

/**
 * The docker-registry 1.7.1 chart's values.yaml as Helm v3.17.3 reads it: YAML 1.1
 * through JSON, so every number is a float64. Each call returns a fresh copy. The literal is
 * checked against DockerRegistryValues, generated from values.schema.json (scripts/gen-schema.mjs).
 */
export function dockerRegistryDefaults(): GoMap {
  return goMap({
    __proto__: null,
    // Default values for docker-registry.
    // This is a YAML-formatted file.
    // Declare variables to be passed into your templates.
    replicaCount: 1,

    updateStrategy: null,
    // type: RollingUpdate
    // rollingUpdate:
    //   maxSurge: 1
    //   maxUnavailable: 0

    podAnnotations: { __proto__: null },
    podLabels: { __proto__: null },

    image: { __proto__: null,
      repository: 'registry',
      tag: '2.6.2',
      pullPolicy: 'IfNotPresent',
    },
    // imagePullSecrets:
    // - name: docker
    service: { __proto__: null,
      name: 'registry',
      type: 'ClusterIP',
      // clusterIP:
      port: 5000,
      // nodePort:
      annotations: { __proto__: null },
      // foo.io/bar: "true"
    },
    ingress: { __proto__: null,
      enabled: false,
      path: '/',
      // Used to create an Ingress record.
      hosts: ['chart-example.local'],
      annotations: null,
      // kubernetes.io/ingress.class: nginx
      // kubernetes.io/tls-acme: "true"
      labels: { __proto__: null },
      tls: null,
      // Secrets must be manually created in the namespace.
      // - secretName: chart-example-tls
      //   hosts:
      //     - chart-example.local
    },
    resources: { __proto__: null },
    // We usually recommend not to specify default resources and to leave this as a conscious
    // choice for the user. This also increases chances charts run on environments with little
    // resources, such as Minikube. If you do want to specify resources, uncomment the following
    // lines, adjust them as necessary, and remove the curly braces after 'resources:'.
    // limits:
    //  cpu: 100m
    //  memory: 128Mi
    // requests:
    //  cpu: 100m
    //  memory: 128Mi
    persistence: { __proto__: null,
      accessMode: 'ReadWriteOnce',
      enabled: false,
      size: '10Gi',
      // storageClass: '-'
    },

    // set the type of filesystem to use: filesystem, s3
    storage: 'filesystem',

    // Set this to name of secret for tls certs
    // tlsSecretName: registry.docker.example.com
    secrets: { __proto__: null,
      haSharedSecret: '',
      htpasswd: '',
    },
    // Secrets for Azure
    //   azure:
    //     accountName: ""
    //     accountKey: ""
    //     container: ""
    // Secrets for S3 access and secret keys
    //   s3:
    //     accessKey: ""
    //     secretKey: ""
    // Secrets for Swift username and password
    //   swift:
    //     username: ""
    //     password: ""

    // Options for s3 storage type:
    // s3:
    //  region: us-east-1
    //  regionEndpoint: s3.us-east-1.amazonaws.com
    //  bucket: my-bucket
    //  encrypt: false
    //  secure: true

    // Options for swift storage type:
    // swift:
    //  authurl: http://swift.example.com/
    //  container: my-container

    configData: { __proto__: null,
      version: 0.1,
      log: { __proto__: null,
        fields: { __proto__: null,
          service: 'registry',
        },
      },
      storage: { __proto__: null,
        cache: { __proto__: null,
          blobdescriptor: 'inmemory',
        },
      },
      http: { __proto__: null,
        addr: ':5000',
        headers: { __proto__: null,
          'X-Content-Type-Options': ['nosniff'],
        },
      },
      health: { __proto__: null,
        storagedriver: { __proto__: null,
          enabled: true,
          interval: '10s',
          threshold: 3,
        },
      },
    },

    securityContext: { __proto__: null,
      enabled: true,
      runAsUser: 1000,
      fsGroup: 1000,
    },

    priorityClassName: '',

    nodeSelector: { __proto__: null },

    tolerations: [],
  } satisfies Literal<DockerRegistryValues>);
}
