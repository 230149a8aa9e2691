// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-defaults.mjs <reference chart dir>
// Source: values.yaml of the docker-registry chart 1.7.1.

import type { GoMap } from '../go-value.js';
import { goMap } from './_literal.js';

/**
 * The shape of the docker-registry chart's values, inferred from its defaults (a first cut:
 * every field optional; `unknown` where the default is null; maps whose keys are the user's
 * are Record<string, unknown>).
 */
export interface DockerRegistryValues {
  /** @default 1 */
  readonly replicaCount?: number;
  /** @default null */
  readonly updateStrategy?: unknown;
  readonly podAnnotations?: Record<string, unknown>;
  readonly podLabels?: Record<string, unknown>;
  readonly image?: {
    /** @default 'registry' */
    readonly repository?: string;
    /** @default '2.6.2' */
    readonly tag?: string;
    /** @default 'IfNotPresent' */
    readonly pullPolicy?: string;
  };
  readonly service?: {
    /** @default 'registry' */
    readonly name?: string;
    /** @default 'ClusterIP' */
    readonly type?: string;
    /** @default 5000 */
    readonly port?: number;
    readonly annotations?: Record<string, unknown>;
  };
  readonly ingress?: {
    /** @default false */
    readonly enabled?: boolean;
    /** @default '/' */
    readonly path?: string;
    readonly hosts?: readonly string[];
    /** @default null */
    readonly annotations?: unknown;
    readonly labels?: Record<string, unknown>;
    /** @default null */
    readonly tls?: unknown;
  };
  readonly resources?: Record<string, unknown>;
  readonly persistence?: {
    /** @default 'ReadWriteOnce' */
    readonly accessMode?: string;
    /** @default false */
    readonly enabled?: boolean;
    /** @default '10Gi' */
    readonly size?: string;
  };
  /** @default 'filesystem' */
  readonly storage?: string;
  readonly secrets?: {
    /** @default '' */
    readonly haSharedSecret?: string;
    /** @default '' */
    readonly htpasswd?: string;
  };
  readonly configData?: {
    /** @default 0.1 */
    readonly version?: number;
    readonly log?: {
      readonly fields?: {
        /** @default 'registry' */
        readonly service?: string;
      };
    };
    readonly storage?: {
      readonly cache?: {
        /** @default 'inmemory' */
        readonly blobdescriptor?: string;
      };
    };
    readonly http?: {
      /** @default ':5000' */
      readonly addr?: string;
      readonly headers?: Record<string, unknown>;
    };
    readonly health?: {
      readonly storagedriver?: {
        /** @default true */
        readonly enabled?: boolean;
        /** @default '10s' */
        readonly interval?: string;
        /** @default 3 */
        readonly threshold?: number;
      };
    };
  };
  readonly securityContext?: {
    /** @default true */
    readonly enabled?: boolean;
    /** @default 1000 */
    readonly runAsUser?: number;
    /** @default 1000 */
    readonly fsGroup?: number;
  };
  /** @default '' */
  readonly priorityClassName?: string;
  readonly nodeSelector?: Record<string, unknown>;
  readonly tolerations?: readonly unknown[];
}

/**
 * The docker-registry 1.7.1 chart's values.yaml as Helm v3.17.3 reads it: YAML 1.1
 * through JSON, so every number is a float64. Each call returns a fresh copy.
 */
export function dockerRegistryDefaults(): GoMap {
  return goMap({
    // Default values for docker-registry.
    // This is a YAML-formatted file.
    // Declare variables to be passed into your templates.
    replicaCount: 1,

    updateStrategy: null,
    // type: RollingUpdate
    // rollingUpdate:
    //   maxSurge: 1
    //   maxUnavailable: 0

    podAnnotations: {},
    podLabels: {},

    image: {
      repository: 'registry',
      tag: '2.6.2',
      pullPolicy: 'IfNotPresent',
    },
    // imagePullSecrets:
    // - name: docker
    service: {
      name: 'registry',
      type: 'ClusterIP',
      // clusterIP:
      port: 5000,
      // nodePort:
      annotations: {},
      // foo.io/bar: "true"
    },
    ingress: {
      enabled: false,
      path: '/',
      // Used to create an Ingress record.
      hosts: ['chart-example.local'],
      annotations: null,
      // kubernetes.io/ingress.class: nginx
      // kubernetes.io/tls-acme: "true"
      labels: {},
      tls: null,
      // Secrets must be manually created in the namespace.
      // - secretName: chart-example-tls
      //   hosts:
      //     - chart-example.local
    },
    resources: {},
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
    persistence: {
      accessMode: 'ReadWriteOnce',
      enabled: false,
      size: '10Gi',
      // storageClass: '-'
    },

    // set the type of filesystem to use: filesystem, s3
    storage: 'filesystem',

    // Set this to name of secret for tls certs
    // tlsSecretName: registry.docker.example.com
    secrets: {
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

    configData: {
      version: 0.1,
      log: {
        fields: {
          service: 'registry',
        },
      },
      storage: {
        cache: {
          blobdescriptor: 'inmemory',
        },
      },
      http: {
        addr: ':5000',
        headers: {
          'X-Content-Type-Options': ['nosniff'],
        },
      },
      health: {
        storagedriver: {
          enabled: true,
          interval: '10s',
          threshold: 3,
        },
      },
    },

    securityContext: {
      enabled: true,
      runAsUser: 1000,
      fsGroup: 1000,
    },

    priorityClassName: '',

    nodeSelector: {},

    tolerations: [],
  } satisfies DockerRegistryValues);
}
