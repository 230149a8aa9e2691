// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-defaults.mjs <reference chart dir>
// Source: values.yaml of the polyaxon chart 0.5.5.

import type { GoMap } from '../go-value.js';
import { goMap } from './_literal.js';
import type { PostgresqlValues } from './postgresql.js';
import type { RedisValues } from './redis.js';
import type { RabbitmqHaValues } from './rabbitmq-ha.js';
import type { DockerRegistryValues } from './docker-registry.js';

/**
 * The shape of the polyaxon chart's values, inferred from its defaults (a first cut:
 * every field optional; `unknown` where the default is null; maps whose keys are the user's
 * are Record<string, unknown>).
 */
export interface PolyaxonValues {
  /** @default 'polyaxon' */
  readonly namespace?: string;
  /** @default 'kubernetes' */
  readonly deploymentType?: string;
  readonly rbac?: {
    /** @default true */
    readonly enabled?: boolean;
  };
  readonly ingress?: {
    /** @default false */
    readonly enabled?: boolean;
    /** @default null */
    readonly hostName?: unknown;
    /** @default null */
    readonly path?: unknown;
    readonly tls?: readonly unknown[];
    /** @default null */
    readonly annotations?: unknown;
  };
  /** @default 'LoadBalancer' */
  readonly serviceType?: string;
  /** @default false */
  readonly limitResources?: boolean;
  readonly ssl?: Record<string, unknown>;
  readonly dns?: Record<string, unknown>;
  readonly user?: {
    /** @default 'root' */
    readonly username?: string;
    /** @default 'root@polyaxon.local' */
    readonly email?: string;
    /** @default 'rootpassword' */
    readonly password?: string;
  };
  /** @default 'UTC' */
  readonly timeZone?: string;
  /** @default true */
  readonly adminViewEnabled?: boolean;
  /** @default null */
  readonly encryptionSecret?: unknown;
  readonly dirs?: {
    readonly nvidia?: {
      /** @default '' */
      readonly lib?: string;
      /** @default '' */
      readonly bin?: string;
      /** @default '' */
      readonly libcuda?: string;
    };
  };
  readonly mountPaths?: {
    readonly nvidia?: {
      /** @default '' */
      readonly lib?: string;
      /** @default '' */
      readonly bin?: string;
      /** @default '' */
      readonly libcuda?: string;
    };
  };
  readonly securityContext?: {
    /** @default false */
    readonly enabled?: boolean;
    /** @default 2222 */
    readonly user?: number;
    /** @default 2222 */
    readonly group?: number;
  };
  readonly persistence?: {
    readonly logs?: {
      /** @default null */
      readonly existingClaim?: unknown;
      /** @default '/polyaxon-logs' */
      readonly mountPath?: string;
      /** @default '/tmp/logs' */
      readonly hostPath?: string;
    };
    readonly repos?: {
      /** @default null */
      readonly existingClaim?: unknown;
      /** @default '/polyaxon-repos' */
      readonly mountPath?: string;
      /** @default '/tmp/repos' */
      readonly hostPath?: string;
    };
    readonly upload?: {
      /** @default null */
      readonly existingClaim?: unknown;
      /** @default '/tmp/upload' */
      readonly mountPath?: string;
      /** @default '/tmp/upload' */
      readonly hostPath?: string;
    };
    readonly outputs?: Record<string, unknown>;
    readonly data?: Record<string, unknown>;
  };
  readonly defaultPersistence?: {
    readonly data?: Record<string, unknown>;
    readonly outputs?: Record<string, unknown>;
  };
  readonly ldap?: {
    /** @default false */
    readonly enabled?: boolean;
    /** @default null */
    readonly serverUri?: unknown;
    readonly globalOptions?: Record<string, unknown>;
    readonly connectionOptions?: Record<string, unknown>;
    /** @default null */
    readonly bindDN?: unknown;
    /** @default null */
    readonly bindPassword?: unknown;
    /** @default null */
    readonly userSearchBaseDN?: unknown;
    /** @default null */
    readonly userSearchFilterStr?: unknown;
    /** @default null */
    readonly userDNTemplate?: unknown;
    /** @default false */
    readonly startTLS?: boolean;
    readonly userAttrMap?: Record<string, unknown>;
    /** @default null */
    readonly groupSearchBaseDN?: unknown;
    /** @default null */
    readonly groupSearchGroupType?: unknown;
    /** @default null */
    readonly requireGroup?: unknown;
    /** @default null */
    readonly denyGroup?: unknown;
  };
  readonly nodeSelector?: Record<string, unknown>;
  readonly tolerations?: readonly unknown[];
  readonly affinity?: {
    readonly podAffinity?: {
      readonly preferredDuringSchedulingIgnoredDuringExecution?: ReadonlyArray<{
        /** @default 100 */
        readonly weight?: number;
        readonly podAffinityTerm?: {
          readonly labelSelector?: {
            readonly matchExpressions?: ReadonlyArray<{
              /** @default 'type' */
              readonly key?: string;
              /** @default 'In' */
              readonly operator?: string;
              readonly values?: readonly string[];
            }>;
          };
          /** @default 'kubernetes.io/hostname' */
          readonly topologyKey?: string;
        };
      }>;
    };
  };
  /** @default 8 */
  readonly passwordLength?: number;
  readonly api?: {
    /** @default 'polyaxon/polyaxon-api' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
    /** @default 1 */
    readonly replicas?: number;
    readonly resources?: {
      readonly limits?: {
        /** @default '1000m' */
        readonly cpu?: string;
        /** @default '2000Mi' */
        readonly memory?: string;
      };
      readonly requests?: {
        /** @default '128m' */
        readonly cpu?: string;
        /** @default '300Mi' */
        readonly memory?: string;
      };
    };
    readonly service?: {
      /** @default 'api' */
      readonly name?: string;
      /** @default 80 */
      readonly externalPort?: number;
      /** @default 80 */
      readonly internalPort?: number;
      /** @default 31811 */
      readonly nodePort?: number;
      readonly annotations?: Record<string, unknown>;
    };
  };
  readonly streams?: {
    /** @default 'polyaxon/polyaxon-streams' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
    readonly resources?: {
      readonly limits?: {
        /** @default '700m' */
        readonly cpu?: string;
        /** @default '1000Mi' */
        readonly memory?: string;
      };
      readonly requests?: {
        /** @default '100m' */
        readonly cpu?: string;
        /** @default '128Mi' */
        readonly memory?: string;
      };
    };
    readonly service?: {
      /** @default 'streams' */
      readonly name?: string;
      /** @default 1337 */
      readonly internalPort?: number;
    };
  };
  readonly scheduler?: {
    /** @default 'polyaxon/polyaxon-scheduler' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
    /** @default 1 */
    readonly replicas?: number;
    /** @default 2 */
    readonly concurrency?: number;
    readonly resources?: {
      readonly limits?: {
        /** @default '350m' */
        readonly cpu?: string;
        /** @default '350Mi' */
        readonly memory?: string;
      };
      readonly requests?: {
        /** @default '150m' */
        readonly cpu?: string;
        /** @default '200Mi' */
        readonly memory?: string;
      };
    };
    readonly celery?: Record<string, unknown>;
  };
  readonly hpsearch?: {
    /** @default 'polyaxon/polyaxon-hpsearch' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
    /** @default 1 */
    readonly replicas?: number;
    /** @default 2 */
    readonly concurrency?: number;
    readonly resources?: {
      readonly requests?: {
        /** @default '150m' */
        readonly cpu?: string;
        /** @default '200Mi' */
        readonly memory?: string;
      };
    };
    readonly celery?: {
      /** @default 600000 */
      readonly workerMaxMemoryPerChild?: number;
    };
  };
  readonly eventsHandlers?: {
    /** @default 'polyaxon/polyaxon-events-handlers' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
    /** @default 1 */
    readonly replicas?: number;
    /** @default 2 */
    readonly concurrency?: number;
    readonly resources?: {
      readonly limits?: {
        /** @default '200m' */
        readonly cpu?: string;
        /** @default '300Mi' */
        readonly memory?: string;
      };
      readonly requests?: {
        /** @default '130m' */
        readonly cpu?: string;
        /** @default '200Mi' */
        readonly memory?: string;
      };
    };
    readonly celery?: {
      /** @default 10 */
      readonly workerPrefetchMultiplier?: number;
    };
  };
  readonly k8sEventsHandlers?: {
    /** @default 'polyaxon/polyaxon-k8s-events-handlers' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
    /** @default 1 */
    readonly replicas?: number;
    /** @default 2 */
    readonly concurrency?: number;
    readonly resources?: {
      readonly limits?: {
        /** @default '200m' */
        readonly cpu?: string;
        /** @default '300Mi' */
        readonly memory?: string;
      };
      readonly requests?: {
        /** @default '130m' */
        readonly cpu?: string;
        /** @default '200Mi' */
        readonly memory?: string;
      };
    };
    readonly celery?: {
      /** @default 10 */
      readonly workerPrefetchMultiplier?: number;
    };
  };
  readonly beat?: {
    /** @default 'polyaxon/polyaxon-beat' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
    /** @default 1 */
    readonly replicas?: number;
    readonly resources?: {
      readonly limits?: {
        /** @default '50m' */
        readonly cpu?: string;
        /** @default '128Mi' */
        readonly memory?: string;
      };
      readonly requests?: {
        /** @default '50m' */
        readonly cpu?: string;
        /** @default '128Mi' */
        readonly memory?: string;
      };
    };
  };
  readonly crons?: {
    /** @default 'polyaxon/polyaxon-crons' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
    /** @default 1 */
    readonly replicas?: number;
    /** @default 2 */
    readonly concurrency?: number;
    readonly resources?: {
      readonly limits?: {
        /** @default '100m' */
        readonly cpu?: string;
        /** @default '256Mi' */
        readonly memory?: string;
      };
      readonly requests?: {
        /** @default '100m' */
        readonly cpu?: string;
        /** @default '100Mi' */
        readonly memory?: string;
      };
    };
  };
  readonly eventMonitors?: {
    readonly namespace?: {
      /** @default false */
      readonly enabled?: boolean;
      /** @default 'polyaxon/polyaxon-monitor-namespace' */
      readonly image?: string;
      /** @default '0.5.5' */
      readonly imageTag?: string;
      /** @default 'Always' */
      readonly imagePullPolicy?: string;
      readonly resources?: {
        readonly limits?: {
          /** @default '120m' */
          readonly cpu?: string;
          /** @default '200Mi' */
          readonly memory?: string;
        };
        readonly requests?: {
          /** @default '80m' */
          readonly cpu?: string;
          /** @default '128Mi' */
          readonly memory?: string;
        };
      };
      /** @default false */
      readonly persists?: boolean;
      /** @default 1 */
      readonly sleepInterval?: number;
    };
    readonly statuses?: {
      /** @default true */
      readonly enabled?: boolean;
      /** @default 'polyaxon/polyaxon-monitor-statuses' */
      readonly image?: string;
      /** @default '0.5.5' */
      readonly imageTag?: string;
      /** @default 'Always' */
      readonly imagePullPolicy?: string;
      readonly resources?: {
        readonly limits?: {
          /** @default '120m' */
          readonly cpu?: string;
          /** @default '200Mi' */
          readonly memory?: string;
        };
        readonly requests?: {
          /** @default '80m' */
          readonly cpu?: string;
          /** @default '128Mi' */
          readonly memory?: string;
        };
      };
      /** @default false */
      readonly persists?: boolean;
      /** @default 1 */
      readonly sleepInterval?: number;
    };
  };
  readonly resourcesDaemon?: {
    /** @default true */
    readonly enabled?: boolean;
    /** @default 'polyaxon/polyaxon-monitor-resources' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
    readonly resources?: {
      readonly limits?: {
        /** @default '150m' */
        readonly cpu?: string;
        /** @default '200Mi' */
        readonly memory?: string;
      };
      readonly requests?: {
        /** @default '150m' */
        readonly cpu?: string;
        /** @default '200Mi' */
        readonly memory?: string;
      };
    };
    /** @default false */
    readonly persists?: boolean;
    /** @default 1 */
    readonly sleepInterval?: number;
    /** @default null */
    readonly tolerations?: unknown;
  };
  readonly hooks?: {
    /** @default 'polyaxon/polyaxon-manage' */
    readonly image?: string;
    /** @default '0.5.5' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
  };
  readonly tablesHook?: {
    /** @default 'polyaxon/polyaxon-tables' */
    readonly image?: string;
    /** @default '0.4.4' */
    readonly imageTag?: string;
    /** @default 'Always' */
    readonly imagePullPolicy?: string;
  };
  readonly externalServices?: {
    readonly postgresql?: {
      /** @default null */
      readonly user?: unknown;
      /** @default null */
      readonly password?: unknown;
      /** @default null */
      readonly database?: unknown;
      /** @default null */
      readonly host?: unknown;
      /** @default null */
      readonly port?: unknown;
      /** @default 60 */
      readonly connMaxAge?: number;
    };
    readonly redis?: {
      /** @default null */
      readonly usePassword?: unknown;
      /** @default null */
      readonly password?: unknown;
      /** @default null */
      readonly host?: unknown;
      /** @default null */
      readonly port?: unknown;
    };
    readonly rabbitmq?: {
      /** @default null */
      readonly user?: unknown;
      /** @default null */
      readonly password?: unknown;
      /** @default null */
      readonly host?: unknown;
      /** @default null */
      readonly port?: unknown;
    };
  };
  /** @default null */
  readonly broker?: unknown;
  readonly postgresql?: PostgresqlValues & {
    /** @default true */
    readonly enabled?: boolean;
    /** @default 60 */
    readonly connMaxAge?: number;
    /** @default 'polyaxon' */
    readonly postgresUser?: string;
    /** @default 'polyaxon' */
    readonly postgresPassword?: string;
    /** @default 'polyaxon' */
    readonly postgresDatabase?: string;
    /** @default '9.6.1' */
    readonly imageTag?: string;
    readonly persistence?: {
      /** @default false */
      readonly enabled?: boolean;
      /** @default '2Gi' */
      readonly size?: string;
    };
    readonly affinity?: {
      readonly podAffinity?: {
        readonly preferredDuringSchedulingIgnoredDuringExecution?: ReadonlyArray<{
          /** @default 100 */
          readonly weight?: number;
          readonly podAffinityTerm?: {
            readonly labelSelector?: {
              readonly matchExpressions?: ReadonlyArray<{
                /** @default 'type' */
                readonly key?: string;
                /** @default 'In' */
                readonly operator?: string;
                readonly values?: readonly string[];
              }>;
            };
            /** @default 'kubernetes.io/hostname' */
            readonly topologyKey?: string;
          };
        }>;
      };
    };
  };
  readonly redis?: RedisValues & {
    /** @default true */
    readonly enabled?: boolean;
    /** @default false */
    readonly usePassword?: boolean;
    /** @default null */
    readonly password?: unknown;
    readonly image?: {
      /** @default '5.0.4' */
      readonly tag?: string;
    };
    /** @default 6379 */
    readonly port?: number;
    readonly master?: {
      readonly persistence?: {
        /** @default true */
        readonly enabled?: boolean;
      };
    };
    readonly affinity?: {
      readonly podAffinity?: {
        readonly preferredDuringSchedulingIgnoredDuringExecution?: ReadonlyArray<{
          /** @default 100 */
          readonly weight?: number;
          readonly podAffinityTerm?: {
            readonly labelSelector?: {
              readonly matchExpressions?: ReadonlyArray<{
                /** @default 'type' */
                readonly key?: string;
                /** @default 'In' */
                readonly operator?: string;
                readonly values?: readonly string[];
              }>;
            };
            /** @default 'kubernetes.io/hostname' */
            readonly topologyKey?: string;
          };
        }>;
      };
    };
  };
  readonly 'rabbitmq-ha'?: RabbitmqHaValues & {
    /** @default true */
    readonly enabled?: boolean;
    /** @default 1 */
    readonly replicaCount?: number;
    /** @default 'polyaxon' */
    readonly rabbitmqUsername?: string;
    /** @default 'polyaxon' */
    readonly rabbitmqPassword?: string;
    readonly resources?: {
      readonly requests?: {
        /** @default '256Mi' */
        readonly memory?: string;
        /** @default '300m' */
        readonly cpu?: string;
      };
    };
    readonly affinity?: {
      readonly podAffinity?: {
        readonly preferredDuringSchedulingIgnoredDuringExecution?: ReadonlyArray<{
          /** @default 100 */
          readonly weight?: number;
          readonly podAffinityTerm?: {
            readonly labelSelector?: {
              readonly matchExpressions?: ReadonlyArray<{
                /** @default 'type' */
                readonly key?: string;
                /** @default 'In' */
                readonly operator?: string;
                readonly values?: readonly string[];
              }>;
            };
            /** @default 'kubernetes.io/hostname' */
            readonly topologyKey?: string;
          };
        }>;
      };
    };
  };
  readonly 'docker-registry'?: DockerRegistryValues & {
    /** @default true */
    readonly enabled?: boolean;
    readonly service?: {
      /** @default 'NodePort' */
      readonly type?: string;
      /** @default 31813 */
      readonly nodePort?: number;
    };
    readonly resources?: {
      readonly requests?: {
        /** @default '300m' */
        readonly cpu?: string;
        /** @default '312Mi' */
        readonly memory?: string;
      };
    };
    readonly persistence?: {
      /** @default false */
      readonly enabled?: boolean;
    };
    readonly affinity?: {
      readonly podAffinity?: {
        readonly preferredDuringSchedulingIgnoredDuringExecution?: ReadonlyArray<{
          /** @default 100 */
          readonly weight?: number;
          readonly podAffinityTerm?: {
            readonly labelSelector?: {
              readonly matchExpressions?: ReadonlyArray<{
                /** @default 'type' */
                readonly key?: string;
                /** @default 'In' */
                readonly operator?: string;
                readonly values?: readonly string[];
              }>;
            };
            /** @default 'kubernetes.io/hostname' */
            readonly topologyKey?: string;
          };
        }>;
      };
    };
  };
  readonly types?: {
    /** @default 'polyaxon-core' */
    readonly core?: string;
    /** @default 'polyaxon-runner' */
    readonly runner?: string;
    /** @default 'polyaxon-config' */
    readonly config?: string;
  };
  readonly roles?: {
    /** @default 'polyaxon-api' */
    readonly api?: string;
    /** @default 'polyaxon-logs' */
    readonly log?: string;
    /** @default 'polyaxon-config' */
    readonly config?: string;
    /** @default 'polyaxon-hooks' */
    readonly hooks?: string;
    /** @default 'polyaxon-workers' */
    readonly worker?: string;
    /** @default 'polyaxon-dashboard' */
    readonly dashboard?: string;
  };
  readonly k8s?: Record<string, unknown>;
  readonly email?: {
    /** @default 'smtp' */
    readonly host?: string;
    /** @default 25 */
    readonly port?: number;
    /** @default false */
    readonly useTls?: boolean;
    /** @default '' */
    readonly hostUser?: string;
    /** @default '' */
    readonly hostPassword?: string;
  };
  readonly intervals?: {
    /** @default 15 */
    readonly experimentsScheduler?: number;
    /** @default 60 */
    readonly experimentsSync?: number;
    /** @default 150 */
    readonly clustersUpdateSystemInfo?: number;
    /** @default 150 */
    readonly clustersUpdateSystemNodes?: number;
    /** @default 60 */
    readonly pipelinesScheduler?: number;
    /** @default 60 */
    readonly operationsDefaultRetryDelay?: number;
    /** @default 3600 */
    readonly operationsMaxRetryDelay?: number;
  };
  readonly plugins?: {
    readonly notebook?: {
      /** @default 8888 */
      readonly port?: number;
    };
    readonly tensorboard?: {
      /** @default 6006 */
      readonly port?: number;
    };
  };
}

/**
 * The polyaxon 0.5.5 chart's values.yaml as Helm v3.17.3 reads it: YAML 1.1
 * through JSON, so every number is a float64. Each call returns a fresh copy.
 */
export function polyaxonDefaults(): GoMap {
  return goMap({
    namespace: 'polyaxon',
    deploymentType: 'kubernetes',

    rbac: {
      enabled: true,
    },

    ingress: {
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
    ssl: {},

    dns: {},

    // Initial admin user to create
    user: {
      username: 'root',
      email: 'root@polyaxon.local',
      password: 'rootpassword',
    },

    // Time zone
    timeZone: 'UTC',
    adminViewEnabled: true,
    encryptionSecret: null,

    dirs: {
      nvidia: {
        lib: '', // e.g. "/usr/lib/nvidia-384"
        bin: '', // e.g. "/usr/lib/nvidia-384/bin"
        libcuda: '', // e.g. "/usr/lib/x86_64-linux-gnu/libcuda.so.1"
      },
    },

    // This is where we mount nvidia on hosts
    mountPaths: {
      nvidia: {
        lib: '',
        bin: '',
        libcuda: '',
      },
    },

    // N.B. this is in beta
    securityContext: {
      enabled: false,
      user: 2222,
      group: 2222,
    },

    persistence: {
      logs: {
        existingClaim: null,
        mountPath: '/polyaxon-logs',
        hostPath: '/tmp/logs',
      },
      repos: {
        existingClaim: null,
        mountPath: '/polyaxon-repos',
        hostPath: '/tmp/repos',
      },
      upload: {
        existingClaim: null,
        mountPath: '/tmp/upload',
        hostPath: '/tmp/upload',
      },
      outputs: {},
      data: {},
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

    defaultPersistence: {
      data: {
        data: {
          mountPath: '/data',
          hostPath: '/tmp/data',
        },
      },
      outputs: {
        outputs: {
          mountPath: '/outputs',
          hostPath: '/tmp/outputs',
        },
      },
    },

    ldap: {
      enabled: false,
      serverUri: null,
      globalOptions: {},
      connectionOptions: {},
      bindDN: null,
      bindPassword: null,
      userSearchBaseDN: null,
      userSearchFilterStr: null,
      userDNTemplate: null,
      startTLS: false,
      userAttrMap: {},
      groupSearchBaseDN: null,
      groupSearchGroupType: null,
      requireGroup: null,
      denyGroup: null,
    },

    nodeSelector: {},
    tolerations: [],
    affinity: {
      podAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              labelSelector: {
                matchExpressions: [
                  {
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

    api: {
      image: 'polyaxon/polyaxon-api',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      resources: {
        limits: {
          cpu: '1000m',
          memory: '2000Mi',
        },
        requests: {
          cpu: '128m',
          memory: '300Mi',
        },
      },

      service: {
        name: 'api',
        externalPort: 80,
        internalPort: 80,
        nodePort: 31811,
        annotations: {},
      },
    },

    streams: {
      image: 'polyaxon/polyaxon-streams',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      resources: {
        limits: {
          cpu: '700m',
          memory: '1000Mi',
        },
        requests: {
          cpu: '100m',
          memory: '128Mi',
        },
      },
      service: {
        name: 'streams',
        internalPort: 1337,
      },
    },

    scheduler: {
      image: 'polyaxon/polyaxon-scheduler',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: {
        limits: {
          cpu: '350m',
          memory: '350Mi',
        },
        requests: {
          cpu: '150m',
          memory: '200Mi',
        },
      },
      celery: {},
    },

    hpsearch: {
      image: 'polyaxon/polyaxon-hpsearch',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: {
        requests: {
          cpu: '150m',
          memory: '200Mi',
        },
      },
      celery: {
        workerMaxMemoryPerChild: 600000,
      },
    },

    eventsHandlers: {
      image: 'polyaxon/polyaxon-events-handlers',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: {
        limits: {
          cpu: '200m',
          memory: '300Mi',
        },
        requests: {
          cpu: '130m',
          memory: '200Mi',
        },
      },
      celery: {
        workerPrefetchMultiplier: 10,
      },
    },

    k8sEventsHandlers: {
      image: 'polyaxon/polyaxon-k8s-events-handlers',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: {
        limits: {
          cpu: '200m',
          memory: '300Mi',
        },
        requests: {
          cpu: '130m',
          memory: '200Mi',
        },
      },
      celery: {
        workerPrefetchMultiplier: 10,
      },
    },

    beat: {
      image: 'polyaxon/polyaxon-beat',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      resources: {
        limits: {
          cpu: '50m',
          memory: '128Mi',
        },
        requests: {
          cpu: '50m',
          memory: '128Mi',
        },
      },
    },

    crons: {
      image: 'polyaxon/polyaxon-crons',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      replicas: 1,
      concurrency: 2,
      resources: {
        limits: {
          cpu: '100m',
          memory: '256Mi',
        },
        requests: {
          cpu: '100m',
          memory: '100Mi',
        },
      },
    },

    eventMonitors: {
      namespace: {
        enabled: false,
        image: 'polyaxon/polyaxon-monitor-namespace',
        imageTag: '0.5.5',
        imagePullPolicy: 'Always',
        resources: {
          limits: {
            cpu: '120m',
            memory: '200Mi',
          },
          requests: {
            cpu: '80m',
            memory: '128Mi',
          },
        },
        persists: false,
        sleepInterval: 1,
      },

      statuses: {
        enabled: true,
        image: 'polyaxon/polyaxon-monitor-statuses',
        imageTag: '0.5.5',
        imagePullPolicy: 'Always',
        resources: {
          limits: {
            cpu: '120m',
            memory: '200Mi',
          },
          requests: {
            cpu: '80m',
            memory: '128Mi',
          },
        },
        persists: false,
        sleepInterval: 1,
      },
    },

    resourcesDaemon: {
      enabled: true,
      image: 'polyaxon/polyaxon-monitor-resources',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
      resources: {
        limits: {
          cpu: '150m',
          memory: '200Mi',
        },
        requests: {
          cpu: '150m',
          memory: '200Mi',
        },
      },
      persists: false,
      sleepInterval: 1,
      tolerations: null,
    },

    hooks: {
      image: 'polyaxon/polyaxon-manage',
      imageTag: '0.5.5',
      imagePullPolicy: 'Always',
    },

    tablesHook: {
      image: 'polyaxon/polyaxon-tables',
      imageTag: '0.4.4',
      imagePullPolicy: 'Always',
    },

    externalServices: {
      postgresql: {
        user: null,
        password: null,
        database: null,
        host: null,
        port: null,
        connMaxAge: 60,
      },

      redis: {
        usePassword: null,
        password: null,
        host: null,
        port: null,
      },

      rabbitmq: {
        user: null,
        password: null,
        host: null,
        port: null,
      },
    },

    broker: null,

    postgresql: {
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
      persistence: {
        enabled: false,
        size: '2Gi',
      },
      affinity: {
        podAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 100,
              podAffinityTerm: {
                labelSelector: {
                  matchExpressions: [
                    {
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

    redis: {
      // Whether to deploy a redis server in-cluster.
      // To use an external redis instance:
      //  * set enabled to False, to disable the in-cluster deployment
      //  * configure external redis required attributes in services.redis
      enabled: true,
      usePassword: false,
      password: null,
      image: {
        //    repository: redis
        tag: '5.0.4',
      },
      //  password: polyaxon
      port: 6379,
      master: {
        persistence: {
          enabled: true,
        },
      },
      affinity: {
        podAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 100,
              podAffinityTerm: {
                labelSelector: {
                  matchExpressions: [
                    {
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

    'rabbitmq-ha': {
      // Whether to deploy a rabbitmq server in-cluster.
      // To use an external rabbitmq instance:
      //  * set enabled to False, to disable the in-cluster deployment
      //  * configure external rabbitmq required attributes in services.rabbitmq
      enabled: true,
      replicaCount: 1,
      rabbitmqUsername: 'polyaxon',
      rabbitmqPassword: 'polyaxon',
      resources: {
        requests: {
          memory: '256Mi',
          cpu: '300m',
        },
      },
      affinity: {
        podAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 100,
              podAffinityTerm: {
                labelSelector: {
                  matchExpressions: [
                    {
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

    'docker-registry': {
      // Whether to deploy a docker registry server in-cluster.
      // To use an external docker registry instance:
      //  * set enabled to False, to disable the in-cluster deployment
      //  * use the web UI to configure the external host
      enabled: true,
      service: {
        type: 'NodePort',
        nodePort: 31813,
      },
      resources: {
        requests: {
          cpu: '300m',
          memory: '312Mi',
        },
      },
      persistence: {
        enabled: false,
      },
      affinity: {
        podAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 100,
              podAffinityTerm: {
                labelSelector: {
                  matchExpressions: [
                    {
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

    types: {
      core: 'polyaxon-core',
      runner: 'polyaxon-runner',
      config: 'polyaxon-config',
    },

    roles: {
      api: 'polyaxon-api',
      log: 'polyaxon-logs',
      config: 'polyaxon-config',
      hooks: 'polyaxon-hooks',
      worker: 'polyaxon-workers',
      dashboard: 'polyaxon-dashboard',
    },

    k8s: {},

    email: {
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

    intervals: { // in seconds
      experimentsScheduler: 15,
      experimentsSync: 60,
      clustersUpdateSystemInfo: 150,
      clustersUpdateSystemNodes: 150,
      pipelinesScheduler: 60,
      operationsDefaultRetryDelay: 60,
      operationsMaxRetryDelay: 3600,
    },

    plugins: {
      notebook: {
        port: 8888,
      },
      tensorboard: {
        port: 6006,
      },
    },
  } satisfies PolyaxonValues);
}
