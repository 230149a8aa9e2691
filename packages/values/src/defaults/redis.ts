// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-defaults.mjs <reference chart dir>
// Source: values.yaml of the redis chart 7.0.0.

import type { GoMap } from '../go-value.js';
import type { RedisValues } from '../values-types.js';
import { goMap, type Literal } from './_literal.js';

/**
 * The redis 7.0.0 chart's values.yaml as Helm v3.17.3 reads it: YAML 1.1
 * through JSON, so every number is a float64. Each call returns a fresh copy. The literal is
 * checked against RedisValues, generated from values.schema.json (scripts/gen-schema.mjs).
 */
export function redisDefaults(): GoMap {
  return goMap({
    __proto__: null,
    // Global Docker image parameters
    // Please, note that this will override the image parameters, including dependencies, configured to use the global value
    // Current available global Docker image parameters: imageRegistry and imagePullSecrets
    //
    // global:
    //   imageRegistry: myRegistryName
    //   imagePullSecrets:
    //     - myRegistryKeySecretName

    // Bitnami Redis image version
    // ref: https://hub.docker.com/r/bitnami/redis/tags/
    //
    image: { __proto__: null,
      registry: 'docker.io',
      repository: 'bitnami/redis',
      // Bitnami Redis image tag
      // ref: https://github.com/bitnami/bitnami-docker-redis#supported-tags-and-respective-dockerfile-links
      //
      tag: '4.0.14',
      // Specify a imagePullPolicy
      // Defaults to 'Always' if image tag is 'latest', else set to 'IfNotPresent'
      // ref: http://kubernetes.io/docs/user-guide/images/#pre-pulling-images
      //
      pullPolicy: 'Always',
      // Optionally specify an array of imagePullSecrets.
      // Secrets must be manually created in the namespace.
      // ref: https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/
      //
      // pullSecrets:
      //   - myRegistryKeySecretName
    },

    // Cluster settings
    cluster: { __proto__: null,
      enabled: true,
      slaveCount: 2,
    },

    // Use redis sentinel in the redis pod. This will disable the master and slave services and
    // create one redis service with ports to the sentinel and the redis instances
    sentinel: { __proto__: null,
      enabled: false,
      // Bitnami Redis Sentintel image version
      // ref: https://hub.docker.com/r/bitnami/redis-sentinel/tags/
      //
      image: { __proto__: null,
        registry: 'docker.io',
        repository: 'bitnami/redis-sentinel',
        // Bitnami Redis image tag
        // ref: https://github.com/bitnami/bitnami-docker-redis-sentinel#supported-tags-and-respective-dockerfile-links
        //
        tag: '4.0.14',
        // Specify a imagePullPolicy
        // Defaults to 'Always' if image tag is 'latest', else set to 'IfNotPresent'
        // ref: http://kubernetes.io/docs/user-guide/images/#pre-pulling-images
        //
        pullPolicy: 'Always',
        // Optionally specify an array of imagePullSecrets.
        // Secrets must be manually created in the namespace.
        // ref: https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/
        //
        // pullSecrets:
        //   - myRegistryKeySecretName
      },
      masterSet: 'mymaster',
      initialCheckTimeout: 5,
      quorum: 2,
      downAfterMilliseconds: 60000,
      failoverTimeout: 18000,
      parallelSyncs: 1,
      port: 26379,
      // Configure extra options for Redis Sentinel liveness and readiness probes
      // ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-probes/#configure-probes)
      //
      livenessProbe: { __proto__: null,
        enabled: true,
        initialDelaySeconds: 5,
        periodSeconds: 5,
        timeoutSeconds: 5,
        successThreshold: 1,
        failureThreshold: 5,
      },
      readinessProbe: { __proto__: null,
        enabled: true,
        initialDelaySeconds: 5,
        periodSeconds: 5,
        timeoutSeconds: 1,
        successThreshold: 1,
        failureThreshold: 5,
      },
      // Redis Sentinel resource requests and limits
      // ref: http://kubernetes.io/docs/user-guide/compute-resources/
      // resources:
      //   requests:
      //     memory: 256Mi
      //     cpu: 100m
      // Redis Sentinel Service properties
      service: { __proto__: null,
        //  Redis Sentinel Service type
        type: 'ClusterIP',
        sentinelPort: 26379,
        redisPort: 6379,

        // Specify the nodePort value for the LoadBalancer and NodePort service types.
        // ref: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
        //
        // sentinelNodePort:
        // redisNodePort:

        // Provide any additional annotations which may be required. This can be used to
        // set the LoadBalancer service type to internal only.
        // ref: https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer
        //
        annotations: { __proto__: null },
        loadBalancerIP: null,
      },
    },

    networkPolicy: { __proto__: null,
      // Specifies whether a NetworkPolicy should be created
      //
      enabled: false,

      // The Policy model to apply. When set to false, only pods with the correct
      // client label will have network access to the port Redis is listening
      // on. When true, Redis will accept connections from any source
      // (with the correct destination port).
      //
      // allowExternal: true
    },

    serviceAccount: { __proto__: null,
      // Specifies whether a ServiceAccount should be created
      //
      create: false,
      // The name of the ServiceAccount to use.
      // If not set and create is true, a name is generated using the fullname template
      name: null,
    },

    rbac: { __proto__: null,
      // Specifies whether RBAC resources should be created
      //
      create: false,

      role: { __proto__: null,
        // Rules to create. It follows the role specification
        // rules:
        //  - apiGroups:
        //    - extensions
        //    resources:
        //      - podsecuritypolicies
        //    verbs:
        //      - use
        //    resourceNames:
        //      - gce.unprivileged
        rules: [],
      },
    },

    // Redis pod Security Context
    securityContext: { __proto__: null,
      enabled: true,
      fsGroup: 1001,
      runAsUser: 1001,
    },

    // Use password authentication
    usePassword: true,
    // Redis password (both master and slave)
    // Defaults to a random 10-character alphanumeric string if not set and usePassword is true
    // ref: https://github.com/bitnami/bitnami-docker-redis#setting-the-server-password-on-first-run
    //
    password: null,
    // Use existing secret (ignores previous password)
    // existingSecret:

    // Mount secrets as files instead of environment variables
    usePasswordFile: false,

    // Persist data to a persistent volume (Redis Master)
    persistence: { __proto__: null },
    // A manually managed Persistent Volume and Claim
    // Requires persistence.enabled: true
    // If defined, PVC must be created manually before volume will be bound
    // existingClaim:

    // Redis port
    redisPort: 6379,

    //
    // Redis Master parameters
    //
    master: { __proto__: null,
      // Redis command arguments
      //
      // Can be used to specify command line arguments, for example:
      //
      command: '/run.sh',
      // Redis additional command line flags
      //
      // Can be used to specify command line flags, for example:
      //
      // extraFlags:
      //  - "--maxmemory-policy volatile-ttl"
      //  - "--repl-backlog-size 1024mb"
      extraFlags: [],
      // Comma-separated list of Redis commands to disable
      //
      // Can be used to disable Redis commands for security reasons.
      // Commands will be completely disabled by renaming each to an empty string.
      // ref: https://redis.io/topics/security#disabling-of-specific-commands
      //
      disableCommands: [
        'FLUSHDB',
        'FLUSHALL',
      ],

      // Redis Master additional pod labels and annotations
      // ref: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
      podLabels: { __proto__: null },
      podAnnotations: { __proto__: null },

      // Redis Master resource requests and limits
      // ref: http://kubernetes.io/docs/user-guide/compute-resources/
      // resources:
      //   requests:
      //     memory: 256Mi
      //     cpu: 100m
      // Use an alternate scheduler, e.g. "stork".
      // ref: https://kubernetes.io/docs/tasks/administer-cluster/configure-multiple-schedulers/
      //
      // schedulerName:

      // Configure extra options for Redis Master liveness and readiness probes
      // ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-probes/#configure-probes)
      //
      livenessProbe: { __proto__: null,
        enabled: true,
        initialDelaySeconds: 5,
        periodSeconds: 5,
        timeoutSeconds: 5,
        successThreshold: 1,
        failureThreshold: 5,
      },
      readinessProbe: { __proto__: null,
        enabled: true,
        initialDelaySeconds: 5,
        periodSeconds: 5,
        timeoutSeconds: 1,
        successThreshold: 1,
        failureThreshold: 5,
      },

      // Redis Master Node selectors and tolerations for pod assignment
      // ref: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/#nodeselector
      // ref: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/#taints-and-tolerations-beta-feature
      //
      // nodeSelector: {"beta.kubernetes.io/arch": "amd64"}
      // tolerations: []
      // Redis Master pod/node affinity/anti-affinity
      //
      affinity: { __proto__: null },

      // Redis Master Service properties
      service: { __proto__: null,
        //  Redis Master Service type
        type: 'ClusterIP',
        port: 6379,

        // Specify the nodePort value for the LoadBalancer and NodePort service types.
        // ref: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
        //
        // nodePort:

        // Provide any additional annotations which may be required. This can be used to
        // set the LoadBalancer service type to internal only.
        // ref: https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer
        //
        annotations: { __proto__: null },
        loadBalancerIP: null,
      },

      // Enable persistence using Persistent Volume Claims
      // ref: http://kubernetes.io/docs/user-guide/persistent-volumes/
      //
      persistence: { __proto__: null,
        enabled: true,
        // The path the volume will be mounted at, useful when using different
        // Redis images.
        path: '/data',
        // The subdirectory of the volume to mount to, useful in dev environments
        // and one PV for multiple services.
        subPath: '',
        // redis data Persistent Volume Storage Class
        // If defined, storageClassName: <storageClass>
        // If set to "-", storageClassName: "", which disables dynamic provisioning
        // If undefined (the default) or set to null, no storageClassName spec is
        //   set, choosing the default provisioner.  (gp2 on AWS, standard on
        //   GKE, AWS & OpenStack)
        //
        // storageClass: "-"
        accessModes: ['ReadWriteOnce'],
        size: '8Gi',
      },

      // Update strategy, can be set to RollingUpdate or onDelete by default.
      // https://kubernetes.io/docs/tutorials/stateful-application/basic-stateful-set/#updating-statefulsets
      statefulset: { __proto__: null,
        updateStrategy: 'RollingUpdate',
        // Partition update strategy
        // https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#partitions
        // rollingUpdatePartition:
      },

      // Redis Master pod priorityClassName
      // priorityClassName: {}
    },

    //
    // Redis Slave properties
    // Note: service.type is a mandatory parameter
    // The rest of the parameters are either optional or, if undefined, will inherit those declared in Redis Master
    //
    slave: { __proto__: null,
      // Slave Service properties
      service: { __proto__: null,
        // Redis Slave Service type
        type: 'ClusterIP',
        // Redis port
        port: 6379,
        // Specify the nodePort value for the LoadBalancer and NodePort service types.
        // ref: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
        //
        // nodePort:

        // Provide any additional annotations which may be required. This can be used to
        // set the LoadBalancer service type to internal only.
        // ref: https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer
        //
        annotations: { __proto__: null },
        loadBalancerIP: null,
      },

      // Redis slave port
      port: 6379,
      // Can be used to specify command line arguments, for example:
      //
      command: '/run.sh',
      // Redis extra flags
      extraFlags: [],
      // List of Redis commands to disable
      disableCommands: [
        'FLUSHDB',
        'FLUSHALL',
      ],

      // Redis Slave pod/node affinity/anti-affinity
      //
      affinity: { __proto__: null },

      // Configure extra options for Redis Slave liveness and readiness probes
      // ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-probes/#configure-probes)
      //
      livenessProbe: { __proto__: null,
        enabled: true,
        initialDelaySeconds: 30,
        periodSeconds: 10,
        timeoutSeconds: 5,
        successThreshold: 1,
        failureThreshold: 5,
      },
      readinessProbe: { __proto__: null,
        enabled: true,
        initialDelaySeconds: 5,
        periodSeconds: 10,
        timeoutSeconds: 10,
        successThreshold: 1,
        failureThreshold: 5,
      },

      // Redis slave Resource
      // resources:
      //   requests:
      //     memory: 256Mi
      //     cpu: 100m

      // Redis slave selectors and tolerations for pod assignment
      // nodeSelector: {"beta.kubernetes.io/arch": "amd64"}
      // tolerations: []

      // Use an alternate scheduler, e.g. "stork".
      // ref: https://kubernetes.io/docs/tasks/administer-cluster/configure-multiple-schedulers/
      //
      // schedulerName:

      // Redis slave pod Annotation and Labels
      podLabels: { __proto__: null },
      podAnnotations: { __proto__: null },

      // Redis slave pod priorityClassName
      // priorityClassName: {}

      // Enable persistence using Persistent Volume Claims
      // ref: http://kubernetes.io/docs/user-guide/persistent-volumes/
      //
      persistence: { __proto__: null,
        enabled: true,
        // The path the volume will be mounted at, useful when using different
        // Redis images.
        path: '/data',
        // The subdirectory of the volume to mount to, useful in dev environments
        // and one PV for multiple services.
        subPath: '',
        // redis data Persistent Volume Storage Class
        // If defined, storageClassName: <storageClass>
        // If set to "-", storageClassName: "", which disables dynamic provisioning
        // If undefined (the default) or set to null, no storageClassName spec is
        //   set, choosing the default provisioner.  (gp2 on AWS, standard on
        //   GKE, AWS & OpenStack)
        //
        // storageClass: "-"
        accessModes: ['ReadWriteOnce'],
        size: '8Gi',
      },

      // Update strategy, can be set to RollingUpdate or onDelete by default.
      // https://kubernetes.io/docs/tutorials/stateful-application/basic-stateful-set/#updating-statefulsets
      statefulset: { __proto__: null,
        updateStrategy: 'RollingUpdate',
        // Partition update strategy
        // https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#partitions
        // rollingUpdatePartition:
      },
    },

    // Prometheus Exporter / Metrics
    //
    metrics: { __proto__: null,
      enabled: false,

      image: { __proto__: null,
        registry: 'docker.io',
        repository: 'oliver006/redis_exporter',
        tag: 'v0.31.0',
        pullPolicy: 'IfNotPresent',
        // Optionally specify an array of imagePullSecrets.
        // Secrets must be manually created in the namespace.
        // ref: https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/
        //
        // pullSecrets:
        //   - myRegistryKeySecretName
      },

      service: { __proto__: null,
        type: 'ClusterIP',
        // Use serviceLoadBalancerIP to request a specific static IP,
        // otherwise leave blank
        // loadBalancerIP:
        annotations: { __proto__: null,
          'prometheus.io/scrape': 'true',
          'prometheus.io/port': '9121',
        },
      },

      // Metrics exporter resource requests and limits
      // ref: http://kubernetes.io/docs/user-guide/compute-resources/
      //
      // resources: {}

      // Extra arguments for Metrics exporter, for example:
      // extraArgs:
      //   check-keys: myKey,myOtherKey
      // extraArgs: {}

      // Metrics exporter labels and tolerations for pod assignment
      // nodeSelector: {"beta.kubernetes.io/arch": "amd64"}
      // tolerations: []

      // Metrics exporter pod Annotation and Labels
      // podAnnotations: {}
      // podLabels: {}

      // Enable this if you're using https://github.com/coreos/prometheus-operator
      serviceMonitor: { __proto__: null,
        enabled: false,
        // Specify a namespace if needed
        // namespace: monitoring
        // fallback to the prometheus default unless specified
        // interval: 10s
        // Defaults to what's used if you follow CoreOS [Prometheus Install Instructions](https://github.com/helm/charts/tree/master/stable/prometheus-operator#tldr)
        // [Prometheus Selector Label](https://github.com/helm/charts/tree/master/stable/prometheus-operator#prometheus-operator-1)
        // [Kube Prometheus Selector Label](https://github.com/helm/charts/tree/master/stable/prometheus-operator#exporters)
        selector: { __proto__: null,
          prometheus: 'kube-prometheus',
        },
      },

      // Metrics exporter pod priorityClassName
      // priorityClassName: {}
    },

    //
    // Init containers parameters:
    // volumePermissions: Change the owner of the persist volume mountpoint to RunAsUser:fsGroup
    //
    volumePermissions: { __proto__: null,
      enabled: false,
      image: { __proto__: null,
        registry: 'docker.io',
        repository: 'bitnami/minideb',
        tag: 'latest',
        pullPolicy: 'IfNotPresent',
        // Optionally specify an array of imagePullSecrets.
        // Secrets must be manually created in the namespace.
        // ref: https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/
        //
        // pullSecrets:
        //   - myRegistryKeySecretName
      },
      resources: { __proto__: null },
      // resources:
      //   requests:
      //     memory: 128Mi
      //     cpu: 100m
    },

    // Redis config file
    // ref: https://redis.io/topics/config
    //
    configmap: '# maxmemory-policy volatile-lru',

    // Sysctl InitContainer
    // used to perform sysctl operation to modify Kernel settings (needed sometimes to avoid warnings)
    sysctlImage: { __proto__: null,
      enabled: false,
      command: [],
      registry: 'docker.io',
      repository: 'bitnami/minideb',
      tag: 'latest',
      pullPolicy: 'Always',
      // Optionally specify an array of imagePullSecrets.
      // Secrets must be manually created in the namespace.
      // ref: https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/
      //
      // pullSecrets:
      //   - myRegistryKeySecretName
      mountHostSys: false,
      resources: { __proto__: null },
      // resources:
      //   requests:
      //     memory: 128Mi
      //     cpu: 100m
    },
  } satisfies Literal<RedisValues>);
}
