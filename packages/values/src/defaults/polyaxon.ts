// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-defaults.mjs <reference chart dir>
// Source: values.yaml of the polyaxon chart 0.5.5.

import type { GoMap } from '../go-value.js';
import type { PolyaxonValues } from '../values-types.js';
import { goMap, type Literal } from './_literal.js';

/**
 * The polyaxon 0.5.5 chart's values.yaml as Helm v3.17.3 reads it: YAML 1.1
 * through JSON, so every number is a float64. Each call returns a fresh copy. The literal is
 * checked against PolyaxonValues, generated from values.schema.json (scripts/gen-schema.mjs).
 */
export function polyaxonDefaults(): GoMap {
  return goMap({
    __proto__: null,
    namespace: 'polyaxon',
    deploymentType: 'kubernetes',

    rbac: { __proto__: null,
      enabled: true,
    },

    ingress: { __proto__: null,
      enabled: false,
      hostName: null,
      path: null,
      // Ingress TLS configuration
      // Secrets must be manually created in the namespace
      tls: [],
      // - secretName: polyaxon.cluster.local-tls
      //   hosts:
      //     - polyaxon.cluster.local

      // Default annotation, some of these values allow uploading large files to the API
      // if you are using a different ingress other than nginx, you need to adapt the annotations.
      annotations: null,

      //  ingress.kubernetes.io/ssl-redirect: "false"
      //  ingress.kubernetes.io/rewrite-target: /
      //  ingress.kubernetes.io/add-base-url: "true"
      //  ingress.kubernetes.io/proxy-connect-timeout: "600"
      //  ingress.kubernetes.io/proxy-read-timeout: "600"
      //  ingress.kubernetes.io/proxy-send-timeout: "600"
      //  ingress.kubernetes.io/send-timeout: "600"
      //  ingress.kubernetes.io/proxy-body-size: 4G

      // kubernetes.io/tls-acme: 'true'
    },

    // If you enable ingress, please set this value to ClusterIP or NodePort (on GKE you canot use ClusterIP)
    // Otherwise you should set it to LoadBalancer
    serviceType: 'LoadBalancer',
    limitResources: false,

    // To set ssl and serve https with Polyaxon deployed with NodePort service
    ssl: { __proto__: null },

    dns: { __proto__: null },

    // Initial admin user to create
    user: { __proto__: null,
      username: 'root',
      email: 'root@polyaxon.local',
      password: 'rootpassword',
    },

    // Time zone
    timeZone: 'UTC',
    adminViewEnabled: true,
    encryptionSecret: null,

    dirs: { __proto__: null,
      nvidia: { __proto__: null,
        lib: '', // e.g. "/usr/lib/nvidia-384"
        bin: '', // e.g. "/usr/lib/nvidia-384/bin"
        libcuda: '', // e.g. "/usr/lib/x86_64-linux-gnu/libcuda.so.1"
      },
    },

    // This is where we mount nvidia on hosts
    mountPaths: { __proto__: null,
      nvidia: { __proto__: null,
        lib: '',
        bin: '',
        libcuda: '',
      },
    },

    // N.B. this is in beta
    securityContext: { __proto__: null,
      enabled: false,
      user: 2222,
      group: 2222,
    },

    persistence: { __proto__: null,
      logs: { __proto__: null,
        existingClaim: null,
        mountPath: '/polyaxon-logs',
        hostPath: '/tmp/logs',
      },
      repos: { __proto__: null,
        existingClaim: null,
        mountPath: '/polyaxon-repos',
        hostPath: '/tmp/repos',
      },
      upload: { __proto__: null,
        existingClaim: null,
        mountPath: '/tmp/upload',
        hostPath: '/tmp/upload',
      },
      outputs: { __proto__: null },
      data: { __proto__: null },
    },

    // e.g.
    // data:
    //   data1:
    //     mountPath: "/data/1"
    //     hostPath: "/path/to/data"
    //     readOnly: true
    //   data2:
    //     mountPath: "/data/2"
    //     existingClaim: "data-2-pvc"
    //   data-gcs:
    //     store: gcs
    //     bucket: gs://data-bucket
    //     secret: secret-name
    //     secretKey: secret-key
    //   data-s3:
    //     store: s3
    //     bucket: s3://data-bucket
    //     secret: secret-name
    //     secretKey: secret-key
    //   data-azure:
    //     store: azure
    //     bucket: wasbs://data-container@account.blob.core.windows.net/
    //     secret: secret-name
    //     secretKey: secret-key
    // outputs:
    //   outputs1:
    //     mountPath: "/outputs/1"
    //     hostPath: "/path/to/outputs"
    //     readOnly: true
    //   outputs2:
    //     mountPath: "/outputs/2"
    //     existingClaim: "outputs-2-pvc"
    //   outputs-gcs:
    //     store: gcs
    //     bucket: gs://outputs-bucket
    //     secret: secret-name
    //     secretKey: secret-key
    //   outputs-s3:
    //     store: s3
    //     bucket: s3://outputs-bucket
    //     secret: secret-name
    //     secretKey: secret-key
    //   outputs-azure:
    //     store: azure
    //     bucket: wasbs://outputs-container@account.blob.core.windows.net/
    //     secret: secret-name
    //     secretKey: secret-key
    //
    // Possible values for S3 secret:
    //   {AWS_ACCESS_KEY_ID: , AWS_SECRET_ACCESS_KEY: , AWS_SECURITY_TOKEN: , AWS_REGION_NAME: }
    // Possible values for Azure storage secret:
    //   {AZURE_ACCOUNT_NAME: , AZURE_ACCOUNT_KEY: , AZURE_CONNECTION_STRING:}
    // Possible values for GCS secret:
    //   The key.json

    defaultPersistence: { __proto__: null,
      data: { __proto__: null,
        data: { __proto__: null,
          mountPath: '/data',
          hostPath: '/tmp/data',
        },
      },
      outputs: { __proto__: null,
        outputs: { __proto__: null,
          mountPath: '/outputs',
          hostPath: '/tmp/outputs',
        },
      },
    },

    ldap: { __proto__: null,
      enabled: false,
      serverUri: null,
      globalOptions: { __proto__: null },
      connectionOptions: { __proto__: null },
      bindDN: null,
      bindPassword: null,
      userSearchBaseDN: null,
      userSearchFilterStr: null,
      userDNTemplate: null,
      startTLS: false,
      userAttrMap: { __proto__: null },
      groupSearchBaseDN: null,
      groupSearchGroupType: null,
      requireGroup: null,
      denyGroup: null,
    },

    nodeSelector: { __proto__: null },
    tolerations: [],
    affinity: { __proto__: null,
      podAffinity: { __proto__: null,
        preferredDuringSchedulingIgnoredDuringExecution: [
          { __proto__: null,
            weight: 100,
            podAffinityTerm: { __proto__: null,
              labelSelector: { __proto__: null,
                matchExpressions: [
                  { __proto__: null,
                    key: 'type',
                    operator: 'In',
                    values: ['polyaxon-core'],
                  },
                ],
              },
              topologyKey: 'kubernetes.io/hostname',
            },
          },
        ],
      },
    },

    passwordLength: 8,

    api: { __proto__: null,
      image: 'polyaxon/polyaxon-api',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      resources: { __proto__: null,
        limits: { __proto__: null,
          cpu: '1000m',
          memory: '2000Mi',
        },
        requests: { __proto__: null,
          cpu: '128m',
          memory: '300Mi',
        },
      },

      service: { __proto__: null,
        name: 'api',
        externalPort: 80,
        internalPort: 80,
        nodePort: 31811,
        annotations: { __proto__: null },
      },
    },

    streams: { __proto__: null,
      image: 'polyaxon/polyaxon-streams',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      resources: { __proto__: null,
        limits: { __proto__: null,
          cpu: '700m',
          memory: '1000Mi',
        },
        requests: { __proto__: null,
          cpu: '100m',
          memory: '128Mi',
        },
      },
      service: { __proto__: null,
        name: 'streams',
        internalPort: 1337,
      },
    },

    scheduler: { __proto__: null,
      image: 'polyaxon/polyaxon-scheduler',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: { __proto__: null,
        limits: { __proto__: null,
          cpu: '350m',
          memory: '350Mi',
        },
        requests: { __proto__: null,
          cpu: '150m',
          memory: '200Mi',
        },
      },
      celery: { __proto__: null },
    },

    hpsearch: { __proto__: null,
      image: 'polyaxon/polyaxon-hpsearch',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: { __proto__: null,
        requests: { __proto__: null,
          cpu: '150m',
          memory: '200Mi',
        },
      },
      celery: { __proto__: null,
        workerMaxMemoryPerChild: 600000,
      },
    },

    eventsHandlers: { __proto__: null,
      image: 'polyaxon/polyaxon-events-handlers',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: { __proto__: null,
        limits: { __proto__: null,
          cpu: '200m',
          memory: '300Mi',
        },
        requests: { __proto__: null,
          cpu: '130m',
          memory: '200Mi',
        },
      },
      celery: { __proto__: null,
        workerPrefetchMultiplier: 10,
      },
    },

    k8sEventsHandlers: { __proto__: null,
      image: 'polyaxon/polyaxon-k8s-events-handlers',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: { __proto__: null,
        limits: { __proto__: null,
          cpu: '200m',
          memory: '300Mi',
        },
        requests: { __proto__: null,
          cpu: '130m',
          memory: '200Mi',
        },
      },
      celery: { __proto__: null,
        workerPrefetchMultiplier: 10,
      },
    },

    beat: { __proto__: null,
      image: 'polyaxon/polyaxon-beat',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      resources: { __proto__: null,
        limits: { __proto__: null,
          cpu: '50m',
          memory: '128Mi',
        },
        requests: { __proto__: null,
          cpu: '50m',
          memory: '128Mi',
        },
      },
    },

    crons: { __proto__: null,
      image: 'polyaxon/polyaxon-crons',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: { __proto__: null,
        limits: { __proto__: null,
          cpu: '100m',
          memory: '256Mi',
        },
        requests: { __proto__: null,
          cpu: '100m',
          memory: '100Mi',
        },
      },
    },

    eventMonitors: { __proto__: null,
      namespace: { __proto__: null,
        enabled: false,
        image: 'polyaxon/polyaxon-monitor-namespace',
        imageTag: '0.5.5',
        imagePullPolicy: 'Always',
        resources: { __proto__: null,
          limits: { __proto__: null,
            cpu: '120m',
            memory: '200Mi',
          },
          requests: { __proto__: null,
            cpu: '80m',
            memory: '128Mi',
          },
        },
        persists: false,
        sleepInterval: 1,
      },

      statuses: { __proto__: null,
        enabled: true,
        image: 'polyaxon/polyaxon-monitor-statuses',
        imageTag: '0.5.5',
        imagePullPolicy: 'Always',
        resources: { __proto__: null,
          limits: { __proto__: null,
            cpu: '120m',
            memory: '200Mi',
          },
          requests: { __proto__: null,
            cpu: '80m',
            memory: '128Mi',
          },
        },
        persists: false,
        sleepInterval: 1,
      },
    },

    resourcesDaemon: { __proto__: null,
      enabled: true,
      image: 'polyaxon/polyaxon-monitor-resources',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      resources: { __proto__: null,
        limits: { __proto__: null,
          cpu: '150m',
          memory: '200Mi',
        },
        requests: { __proto__: null,
          cpu: '150m',
          memory: '200Mi',
        },
      },
      persists: false,
      sleepInterval: 1,
      tolerations: null,
    },

    hooks: { __proto__: null,
      image: 'polyaxon/polyaxon-manage',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
    },

    tablesHook: { __proto__: null,
      image: 'polyaxon/polyaxon-tables',
      imageTag: '0.4.4',
      imagePullPolicy: 'Always',
    },

    externalServices: { __proto__: null,
      postgresql: { __proto__: null,
        user: null,
        password: null,
        database: null,
        host: null,
        port: null,
        connMaxAge: 60,
      },

      redis: { __proto__: null,
        usePassword: null,
        password: null,
        host: null,
        port: null,
      },

      rabbitmq: { __proto__: null,
        user: null,
        password: null,
        host: null,
        port: null,
      },
    },

    broker: null,

    postgresql: { __proto__: null,
      // Whether to deploy a postgres server in-cluster.
      // To use an external postgres instance:
      //  * set enabled to False, to disable the in-cluster deployment
      //  * configure external postgresql required attributes in services.postgresql
      enabled: true,
      connMaxAge: 60,
      postgresUser: 'polyaxon',
      postgresPassword: 'polyaxon',
      postgresDatabase: 'polyaxon',
      imageTag: '9.6.1',
      persistence: { __proto__: null,
        enabled: false,
        size: '2Gi',
      },
      affinity: { __proto__: null,
        podAffinity: { __proto__: null,
          preferredDuringSchedulingIgnoredDuringExecution: [
            { __proto__: null,
              weight: 100,
              podAffinityTerm: { __proto__: null,
                labelSelector: { __proto__: null,
                  matchExpressions: [
                    { __proto__: null,
                      key: 'type',
                      operator: 'In',
                      values: ['polyaxon-core'],
                    },
                  ],
                },
                topologyKey: 'kubernetes.io/hostname',
              },
            },
          ],
        },
      },
    },

    redis: { __proto__: null,
      // Whether to deploy a redis server in-cluster.
      // To use an external redis instance:
      //  * set enabled to False, to disable the in-cluster deployment
      //  * configure external redis required attributes in services.redis
      enabled: true,
      usePassword: false,
      password: null,
      image: { __proto__: null,
        //    repository: redis
        tag: '5.0.4',
      },
      //  password: polyaxon
      port: 6379,
      master: { __proto__: null,
        persistence: { __proto__: null,
          enabled: true,
        },
      },
      affinity: { __proto__: null,
        podAffinity: { __proto__: null,
          preferredDuringSchedulingIgnoredDuringExecution: [
            { __proto__: null,
              weight: 100,
              podAffinityTerm: { __proto__: null,
                labelSelector: { __proto__: null,
                  matchExpressions: [
                    { __proto__: null,
                      key: 'type',
                      operator: 'In',
                      values: ['polyaxon-core'],
                    },
                  ],
                },
                topologyKey: 'kubernetes.io/hostname',
              },
            },
          ],
        },
      },
    },

    'rabbitmq-ha': { __proto__: null,
      // Whether to deploy a rabbitmq server in-cluster.
      // To use an external rabbitmq instance:
      //  * set enabled to False, to disable the in-cluster deployment
      //  * configure external rabbitmq required attributes in services.rabbitmq
      enabled: true,
      replicaCount: 1,
      rabbitmqUsername: 'polyaxon',
      rabbitmqPassword: 'polyaxon',
      resources: { __proto__: null,
        requests: { __proto__: null,
          memory: '256Mi',
          cpu: '300m',
        },
      },
      affinity: { __proto__: null,
        podAffinity: { __proto__: null,
          preferredDuringSchedulingIgnoredDuringExecution: [
            { __proto__: null,
              weight: 100,
              podAffinityTerm: { __proto__: null,
                labelSelector: { __proto__: null,
                  matchExpressions: [
                    { __proto__: null,
                      key: 'type',
                      operator: 'In',
                      values: ['polyaxon-core'],
                    },
                  ],
                },
                topologyKey: 'kubernetes.io/hostname',
              },
            },
          ],
        },
      },
    },

    'docker-registry': { __proto__: null,
      // Whether to deploy a docker registry server in-cluster.
      // To use an external docker registry instance:
      //  * set enabled to False, to disable the in-cluster deployment
      //  * use the web UI to configure the external host
      enabled: true,
      service: { __proto__: null,
        type: 'NodePort',
        nodePort: 31813,
      },
      resources: { __proto__: null,
        requests: { __proto__: null,
          cpu: '300m',
          memory: '312Mi',
        },
      },
      persistence: { __proto__: null,
        enabled: false,
      },
      affinity: { __proto__: null,
        podAffinity: { __proto__: null,
          preferredDuringSchedulingIgnoredDuringExecution: [
            { __proto__: null,
              weight: 100,
              podAffinityTerm: { __proto__: null,
                labelSelector: { __proto__: null,
                  matchExpressions: [
                    { __proto__: null,
                      key: 'type',
                      operator: 'In',
                      values: ['polyaxon-core'],
                    },
                  ],
                },
                topologyKey: 'kubernetes.io/hostname',
              },
            },
          ],
        },
      },
    },

    types: { __proto__: null,
      core: 'polyaxon-core',
      runner: 'polyaxon-runner',
      config: 'polyaxon-config',
    },

    roles: { __proto__: null,
      api: 'polyaxon-api',
      log: 'polyaxon-logs',
      config: 'polyaxon-config',
      hooks: 'polyaxon-hooks',
      worker: 'polyaxon-workers',
      dashboard: 'polyaxon-dashboard',
    },

    k8s: { __proto__: null },

    email: { __proto__: null,
      host: 'smtp',
      port: 25,
      useTls: false,
      hostUser: '',
      hostPassword: '',
    },

    // To receive email/notification with correct host
    // hostName: 159.203.150.212 or polyaxon.foo.com

    // White list of ip/hosts that can communicate with the api
    // allowedHosts:
    //  - 127.0.0.1
    //  - 159.203.150.212

    intervals: { __proto__: null, // in seconds
      experimentsScheduler: 15,
      experimentsSync: 60,
      clustersUpdateSystemInfo: 150,
      clustersUpdateSystemNodes: 150,
      pipelinesScheduler: 60,
      operationsDefaultRetryDelay: 60,
      operationsMaxRetryDelay: 3600,
    },

    plugins: { __proto__: null,
      notebook: { __proto__: null,
        port: 8888,
      },
      tensorboard: { __proto__: null,
        port: 6006,
      },
    },
  } satisfies Literal<PolyaxonValues>);
}
