// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-schema.mjs <reference chart dir>
// Source: packages/values/values.schema.json (itself generated from the charts' values.yaml and
// README.md files and scripts/values-schema-overlay.mjs).

/*
 * Types of the values a user gives render() (and -f / --set): every key optional, `null`
 * allowed anywhere (Helm deletes the default under it). Numbers are plain numbers here;
 * int64 values from --set (bigint) are numbers for the schema too.
 */

/** The postgresql subchart (in-cluster PostgreSQL) */
export interface PostgresqlValues {
  /** Affinity settings for pod assignment */
  readonly affinity?: {
    /** Node affinity scheduling rules */
    readonly nodeAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to co-locate the pods with other pods */
    readonly podAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to keep the pods away from other pods */
    readonly podAntiAffinity?: {
      readonly [key: string]: unknown;
    } | null;
  } | null;
  /**
   * Lifetime of database connections in seconds (read by polyaxon)
   * @default 60
   */
  readonly connMaxAge?: string | number | null;
  /**
   * Deploy PostgreSQL in the cluster (otherwise set externalServices.postgresql)
   * @default true
   */
  readonly enabled?: boolean | null;
  /**
   * `postgres` image repository
   * @default "postgres"
   */
  readonly image?: string | null;
  /** Image pull policy */
  readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
  /** Name of an image pull secret */
  readonly imagePullSecrets?: string | null;
  /**
   * `postgres` image tag
   * @default "9.6.1"
   */
  readonly imageTag?: string | null;
  /** Prometheus exporter sidecar */
  readonly metrics?: {
    /** Additional custom metrics (queries.yaml of the exporter) */
    readonly customMetrics?: {
      readonly [key: string]: unknown;
    } | null;
    /**
     * Start a side-car prometheus exporter
     * @default false
     */
    readonly enabled?: boolean | null;
    /**
     * Exporter image
     * @default "wrouesnel/postgres_exporter"
     */
    readonly image?: string | null;
    /**
     * Exporter image pull policy
     * @default "IfNotPresent"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Exporter image
     * @default "v0.1.1"
     */
    readonly imageTag?: string | null;
    /** Resources of the metrics exporter */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
  } | null;
  /** Replaces the chart name in resource names */
  readonly nameOverride?: string | null;
  /** NetworkPolicy for PostgreSQL */
  readonly networkPolicy?: {
    /**
     * Don't require client label for connections
     * @default true
     */
    readonly allowExternal?: boolean | null;
    /**
     * Enable NetworkPolicy
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /** Node labels for pod assignment */
  readonly nodeSelector?: {
    readonly [key: string]: string | null;
  } | null;
  /** Persistence of the database */
  readonly persistence?: {
    /**
     * Use volume as ReadOnly or ReadWrite
     * @default "ReadWriteOnce"
     */
    readonly accessMode?: "ReadWriteOnce" | "ReadOnlyMany" | "ReadWriteMany" | "ReadWriteOncePod" | null;
    /** Annotations of the volume claim */
    readonly annotations?: {
      readonly [key: string]: string | null;
    } | null;
    /**
     * Use a PVC to persist data
     * @default false
     */
    readonly enabled?: boolean | null;
    /** Provide an existing PersistentVolumeClaim */
    readonly existingClaim?: string | null;
    /**
     * Size of data volume
     * @default "2Gi"
     */
    readonly size?: string | null;
    /** Storage class of backing PVC */
    readonly storageClass?: string | null;
    /**
     * Subdirectory of the volume to mount at
     * @default "postgresql-db"
     */
    readonly subPath?: string | null;
  } | null;
  /** Annotations for the pods */
  readonly podAnnotations?: {
    readonly [key: string]: string | null;
  } | null;
  /** Labels for the pods */
  readonly podLabels?: {
    readonly [key: string]: string | null;
  } | null;
  /** Port polyaxon connects to (default 5432) */
  readonly port?: string | number | null;
  /**
   * Name for new database to create.
   * @default "polyaxon"
   */
  readonly postgresDatabase?: string | null;
  /** Initdb Arguments */
  readonly postgresInitdbArgs?: string | null;
  /**
   * Password for the new user.
   * @default "polyaxon"
   */
  readonly postgresPassword?: string | null;
  /**
   * Username of new user to create.
   * @default "polyaxon"
   */
  readonly postgresUser?: string | null;
  /** CPU/Memory resource requests/limits */
  readonly resources?: {
    /** Dynamic resource claims used by the container */
    readonly claims?: ReadonlyArray<{
      readonly [key: string]: unknown;
    } | null> | null;
    /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
    readonly limits?: {
      readonly [key: string]: string | number | null;
    } | null;
    /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
    readonly requests?: {
      readonly [key: string]: string | number | null;
    } | null;
  } | null;
  /** The PostgreSQL service */
  readonly service?: {
    /** External IPs to listen on */
    readonly externalIPs?: ReadonlyArray<string | null> | null;
    /**
     * TCP port
     * @default 5432
     */
    readonly port?: number | null;
    /**
     * k8s service type exposing ports, e.g. `NodePort`
     * @default "ClusterIP"
     */
    readonly type?: "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName" | null;
  } | null;
  /** Toleration labels for pod assignment */
  readonly tolerations?: ReadonlyArray<{
    /** Taint effect to match (empty: all effects) */
    readonly effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute" | "" | null;
    /** Taint key the toleration applies to (empty: all keys) */
    readonly key?: string | null;
    /** How the key relates to the value */
    readonly operator?: "Exists" | "Equal" | null;
    /** How long a NoExecute taint is tolerated */
    readonly tolerationSeconds?: number | null;
    /** Taint value the toleration matches */
    readonly value?: string | null;
  } | null> | null;
  /** Update strategy of the deployment (Kubernetes DeploymentStrategy) */
  readonly updateStrategy?: {
    readonly [key: string]: unknown;
  } | null;
}

/** The redis subchart (in-cluster Redis) */
export interface RedisValues {
  /** Pod affinity rules (Kubernetes Affinity) */
  readonly affinity?: {
    /** Node affinity scheduling rules */
    readonly nodeAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to co-locate the pods with other pods */
    readonly podAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to keep the pods away from other pods */
    readonly podAntiAffinity?: {
      readonly [key: string]: unknown;
    } | null;
  } | null;
  /** Master-slave topology */
  readonly cluster?: {
    /**
     * Use master-slave topology
     * @default true
     */
    readonly enabled?: boolean | null;
    /**
     * Number of slaves
     * @default 2
     */
    readonly slaveCount?: number | null;
  } | null;
  /**
   * Redis configuration file to be used
   * @default "# maxmemory-policy volatile-lru"
   */
  readonly configmap?: string | null;
  /**
   * Deploy Redis in the cluster (otherwise set externalServices.redis)
   * @default true
   */
  readonly enabled?: boolean | null;
  /** Name of existing secret object (for password authentication) */
  readonly existingSecret?: string | null;
  /** Replaces the whole release-and-chart name of resources */
  readonly fullnameOverride?: string | null;
  /** Global values (usually set at the top level) */
  readonly global?: {
    /** Global Docker registry secret names as an array */
    readonly imagePullSecrets?: ReadonlyArray<string | null> | null;
    /** Global Docker image registry */
    readonly imageRegistry?: string | null;
  } | null;
  /** Redis image */
  readonly image?: {
    /**
     * Image pull policy
     * @default "Always"
     */
    readonly pullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /** Specify docker-registry secret names as an array */
    readonly pullSecrets?: ReadonlyArray<string | null> | null;
    /**
     * Redis Image registry
     * @default "docker.io"
     */
    readonly registry?: string | null;
    /**
     * Redis Image name
     * @default "bitnami/redis"
     */
    readonly repository?: string | null;
    /**
     * Redis Image tag
     * @default "5.0.4"
     */
    readonly tag?: string | null;
  } | null;
  /** The Redis master */
  readonly master?: {
    /** Affinity of the master pod (rendered through tpl: strings in it may hold template actions) */
    readonly affinity?: {
      readonly [key: string]: unknown;
    } | string | null;
    /**
     * Redis master entrypoint string. The command `redis-server` is executed if this is not provided.
     * @default "/run.sh"
     */
    readonly command?: string | null;
    /** Array of Redis commands to disable (master) */
    readonly disableCommands?: ReadonlyArray<string | null> | null;
    /** Redis master additional command line flags */
    readonly extraFlags?: ReadonlyArray<string | null> | null;
    /** Liveness probe of the master */
    readonly livenessProbe?: {
      /**
       * Turn on and off liveness probe (redis master pod)
       * @default true
       */
      readonly enabled?: boolean | null;
      /**
       * Minimum consecutive failures for the probe to be considered failed after having succeeded.
       * @default 5
       */
      readonly failureThreshold?: number | null;
      /**
       * Delay before liveness probe is initiated (redis master pod)
       * @default 5
       */
      readonly initialDelaySeconds?: number | null;
      /**
       * How often to perform the probe (redis master pod)
       * @default 5
       */
      readonly periodSeconds?: number | null;
      /**
       * Minimum consecutive successes for the probe to be considered successful after having failed (redis master pod)
       * @default 1
       */
      readonly successThreshold?: number | null;
      /**
       * When the probe times out (redis master pod)
       * @default 5
       */
      readonly timeoutSeconds?: number | null;
    } | null;
    /** Redis master Node labels for pod assignment */
    readonly nodeSelector?: {
      readonly [key: string]: string | null;
    } | null;
    /** Persistence of the master */
    readonly persistence?: {
      /** Persistent Volume Access Modes */
      readonly accessModes?: ReadonlyArray<"ReadWriteOnce" | "ReadOnlyMany" | "ReadWriteMany" | "ReadWriteOncePod" | null> | null;
      /**
       * Use a PVC to persist data (master node)
       * @default true
       */
      readonly enabled?: boolean | null;
      /**
       * Path to mount the volume at, to use other images
       * @default "/data"
       */
      readonly path?: string | null;
      /**
       * Size of data volume
       * @default "8Gi"
       */
      readonly size?: string | null;
      /** Storage class of backing PVC */
      readonly storageClass?: string | null;
      /**
       * Subdirectory of the volume to mount at
       * @default ""
       */
      readonly subPath?: string | null;
    } | null;
    /** Additional annotations for Redis master pod */
    readonly podAnnotations?: {
      readonly [key: string]: string | null;
    } | null;
    /** Additional labels for Redis master pod */
    readonly podLabels?: {
      readonly [key: string]: string | null;
    } | null;
    /** Redis Master pod priorityClassName */
    readonly priorityClassName?: string | null;
    /** Readiness probe of the master */
    readonly readinessProbe?: {
      /**
       * Turn on and off readiness probe (redis master pod)
       * @default true
       */
      readonly enabled?: boolean | null;
      /**
       * Minimum consecutive failures for the probe to be considered failed after having succeeded.
       * @default 5
       */
      readonly failureThreshold?: number | null;
      /**
       * Delay before readiness probe is initiated (redis master pod)
       * @default 5
       */
      readonly initialDelaySeconds?: number | null;
      /**
       * How often to perform the probe (redis master pod)
       * @default 5
       */
      readonly periodSeconds?: number | null;
      /**
       * Minimum consecutive successes for the probe to be considered successful after having failed (redis master pod)
       * @default 1
       */
      readonly successThreshold?: number | null;
      /**
       * When the probe times out (redis master pod)
       * @default 1
       */
      readonly timeoutSeconds?: number | null;
    } | null;
    /** Redis master CPU/Memory resource requests/limits */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
    /** Name of an alternate scheduler */
    readonly schedulerName?: string | null;
    /** Master service */
    readonly service?: {
      /** annotations for redis master service */
      readonly annotations?: {
        readonly [key: string]: string | null;
      } | null;
      /**
       * loadBalancerIP if redis master service type is `LoadBalancer`
       * @default null
       */
      readonly loadBalancerIP?: string | null;
      /** Kubernetes Service nodePort (redis master) */
      readonly nodePort?: number | null;
      /**
       * Kubernetes Service port (redis master)
       * @default 6379
       */
      readonly port?: number | null;
      /**
       * Kubernetes Service type (redis master)
       * @default "ClusterIP"
       */
      readonly type?: "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName" | null;
    } | null;
    /** Master statefulset */
    readonly statefulset?: {
      /** Partition update strategy */
      readonly rollingUpdatePartition?: number | null;
      /**
       * Update strategy for StatefulSet
       * @default "RollingUpdate"
       */
      readonly updateStrategy?: "RollingUpdate" | "OnDelete" | null;
    } | null;
    /** Toleration labels for Redis master pod assignment */
    readonly tolerations?: ReadonlyArray<{
      /** Taint effect to match (empty: all effects) */
      readonly effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute" | "" | null;
      /** Taint key the toleration applies to (empty: all keys) */
      readonly key?: string | null;
      /** How the key relates to the value */
      readonly operator?: "Exists" | "Equal" | null;
      /** How long a NoExecute taint is tolerated */
      readonly tolerationSeconds?: number | null;
      /** Taint value the toleration matches */
      readonly value?: string | null;
    } | null> | null;
  } | null;
  /** Prometheus exporter sidecar */
  readonly metrics?: {
    /**
     * Start a side-car prometheus exporter
     * @default false
     */
    readonly enabled?: boolean | null;
    /** Extra arguments of the exporter (name: value) */
    readonly extraArgs?: {
      readonly [key: string]: string | number | boolean | null;
    } | null;
    /** Redis exporter image */
    readonly image?: {
      /**
       * Image pull policy
       * @default "IfNotPresent"
       */
      readonly pullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
      /** Specify docker-registry secret names as an array */
      readonly pullSecrets?: ReadonlyArray<string | null> | null;
      /**
       * Redis exporter image registry
       * @default "docker.io"
       */
      readonly registry?: string | null;
      /**
       * Redis exporter image name
       * @default "oliver006/redis_exporter"
       */
      readonly repository?: string | null;
      /**
       * Redis exporter image tag
       * @default "v0.31.0"
       */
      readonly tag?: string | null;
    } | null;
    /** Node labels for the metrics pod */
    readonly nodeSelector?: {
      readonly [key: string]: string | null;
    } | null;
    /** Additional annotations for Metrics exporter pod */
    readonly podAnnotations?: {
      readonly [key: string]: string | null;
    } | null;
    /** Additional labels for Metrics exporter pod */
    readonly podLabels?: {
      readonly [key: string]: string | null;
    } | null;
    /** Metrics exporter pod priorityClassName */
    readonly priorityClassName?: string | null;
    /** Exporter resource requests/limit */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
    /** Metrics service */
    readonly service?: {
      /** Annotations for the services to monitor (redis master and redis slave service) */
      readonly annotations?: {
        readonly [key: string]: string | null;
      } | null;
      /** loadBalancerIP if redis metrics service type is `LoadBalancer` */
      readonly loadBalancerIP?: string | null;
      /**
       * Kubernetes Service type (redis metrics)
       * @default "ClusterIP"
       */
      readonly type?: "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName" | null;
    } | null;
    /** ServiceMonitor for the Prometheus operator */
    readonly serviceMonitor?: {
      /**
       * if `true`, creates a Prometheus Operator ServiceMonitor (also requires `metrics.enabled` to be `true`)
       * @default false
       */
      readonly enabled?: boolean | null;
      /** How frequently to scrape metrics (use by default, falling back to Prometheus' default) */
      readonly interval?: string | null;
      /** Optional namespace which Prometheus is running in */
      readonly namespace?: string | null;
      /** Labels the Prometheus operator selects ServiceMonitors by */
      readonly selector?: {
        readonly [key: string]: string | null;
      } | null;
    } | null;
    /** Tolerations of the metrics pod */
    readonly tolerations?: ReadonlyArray<{
      /** Taint effect to match (empty: all effects) */
      readonly effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute" | "" | null;
      /** Taint key the toleration applies to (empty: all keys) */
      readonly key?: string | null;
      /** How the key relates to the value */
      readonly operator?: "Exists" | "Equal" | null;
      /** How long a NoExecute taint is tolerated */
      readonly tolerationSeconds?: number | null;
      /** Taint value the toleration matches */
      readonly value?: string | null;
    } | null> | null;
  } | null;
  /** Replaces the chart name in resource names */
  readonly nameOverride?: string | null;
  /** NetworkPolicy for Redis */
  readonly networkPolicy?: {
    /** Don't require client label for connections */
    readonly allowExternal?: boolean | null;
    /**
     * Enable NetworkPolicy
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /**
   * Redis password (ignored if existingSecret set)
   * @default null
   */
  readonly password?: string | null;
  /** Persistence shared by master and slaves */
  readonly persistence?: {
    /** Provide an existing PersistentVolumeClaim */
    readonly existingClaim?: string | null;
  } | null;
  /**
   * Port polyaxon connects to (default 6379)
   * @default 6379
   */
  readonly port?: string | number | null;
  /** Role-based access control */
  readonly rbac?: {
    /**
     * Specifies whether RBAC resources should be created
     * @default false
     */
    readonly create?: boolean | null;
    /** Role of the service account */
    readonly role?: {
      /** Rules to create */
      readonly rules?: ReadonlyArray<unknown> | null;
    } | null;
  } | null;
  /**
   * Redis port (in both master and slaves)
   * @default 6379
   */
  readonly redisPort?: number | null;
  /** Security context of the pods */
  readonly securityContext?: {
    /**
     * Enable security context (both redis master and slave pods)
     * @default true
     */
    readonly enabled?: boolean | null;
    /**
     * Group ID for the container (both redis master and slave pods)
     * @default 1001
     */
    readonly fsGroup?: number | null;
    /**
     * User ID for the container (both redis master and slave pods)
     * @default 1001
     */
    readonly runAsUser?: number | null;
  } | null;
  /** Redis Sentinel (one service with the sentinel and redis ports) */
  readonly sentinel?: {
    /**
     * Timeout for detecting a Redis node is down
     * @default 60000
     */
    readonly downAfterMilliseconds?: number | null;
    /**
     * Enable sentinel containers
     * @default false
     */
    readonly enabled?: boolean | null;
    /**
     * Timeout for performing a election failover
     * @default 18000
     */
    readonly failoverTimeout?: number | null;
    /** Redis Sentinel image */
    readonly image?: {
      /**
       * Image pull policy
       * @default "Always"
       */
      readonly pullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
      /** Specify docker-registry secret names as an array */
      readonly pullSecrets?: ReadonlyArray<string | null> | null;
      /**
       * Redis Sentinel Image registry
       * @default "docker.io"
       */
      readonly registry?: string | null;
      /**
       * Redis Sentinel Image name
       * @default "bitnami/redis-sentinel"
       */
      readonly repository?: string | null;
      /**
       * Redis Sentinel Image tag
       * @default "4.0.14"
       */
      readonly tag?: string | null;
    } | null;
    /**
     * Timeout for querying the redis sentinel service for the active sentinel list
     * @default 5
     */
    readonly initialCheckTimeout?: number | null;
    /** Liveness probe of the sentinel container */
    readonly livenessProbe?: {
      /**
       * Turn on and off liveness probe (redis sentinel pod)
       * @default true
       */
      readonly enabled?: boolean | null;
      /**
       * Minimum consecutive failures for the probe to be considered failed after having succeeded.
       * @default 5
       */
      readonly failureThreshold?: number | null;
      /**
       * Delay before liveness probe is initiated (redis sentinel pod)
       * @default 5
       */
      readonly initialDelaySeconds?: number | null;
      /**
       * How often to perform the probe (redis sentinel container)
       * @default 5
       */
      readonly periodSeconds?: number | null;
      /**
       * Minimum consecutive successes for the probe to be considered successful after having failed (redis sentinel container)
       * @default 1
       */
      readonly successThreshold?: number | null;
      /**
       * When the probe times out (redis sentinel container)
       * @default 5
       */
      readonly timeoutSeconds?: number | null;
    } | null;
    /**
     * Name of the sentinel master set
     * @default "mymaster"
     */
    readonly masterSet?: string | null;
    /**
     * Number of parallel syncs in the cluster
     * @default 1
     */
    readonly parallelSyncs?: number | null;
    /**
     * Redis Sentinel port
     * @default 26379
     */
    readonly port?: number | null;
    /**
     * Quorum for electing a new master
     * @default 2
     */
    readonly quorum?: number | null;
    /** Readiness probe of the sentinel container */
    readonly readinessProbe?: {
      /**
       * Turn on and off sentinel.readiness probe (redis sentinel pod)
       * @default true
       */
      readonly enabled?: boolean | null;
      /**
       * Minimum consecutive failures for the probe to be considered failed after having succeeded. (redis sentinel container)
       * @default 5
       */
      readonly failureThreshold?: number | null;
      /**
       * Delay before sentinel.readiness probe is initiated (redis sentinel pod)
       * @default 5
       */
      readonly initialDelaySeconds?: number | null;
      /**
       * How often to perform the probe (redis sentinel pod)
       * @default 5
       */
      readonly periodSeconds?: number | null;
      /**
       * Minimum consecutive successes for the probe to be considered successful after having failed (redis sentinel container)
       * @default 1
       */
      readonly successThreshold?: number | null;
      /**
       * When the probe times out (redis sentinel container)
       * @default 1
       */
      readonly timeoutSeconds?: number | null;
    } | null;
    /** Resources of the sentinel container */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
    /** Sentinel service */
    readonly service?: {
      /** annotations for redis sentinel service */
      readonly annotations?: {
        readonly [key: string]: string | null;
      } | null;
      /**
       * LoadBalancerIP if Redis sentinel service type is `LoadBalancer`
       * @default null
       */
      readonly loadBalancerIP?: string | null;
      /** Kubernetes Service node port for Redis read only operations */
      readonly redisNodePort?: number | null;
      /**
       * Kubernetes Service port for Redis read only operations
       * @default 6379
       */
      readonly redisPort?: number | null;
      /** Kubernetes Service node port for Redis sentinel */
      readonly sentinelNodePort?: number | null;
      /**
       * Kubernetes Service port for Redis sentinel
       * @default 26379
       */
      readonly sentinelPort?: number | null;
      /**
       * Kubernetes Service type (redis sentinel)
       * @default "ClusterIP"
       */
      readonly type?: "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName" | null;
    } | null;
  } | null;
  /** Service account of the pods */
  readonly serviceAccount?: {
    /**
     * Specifies whether a ServiceAccount should be created
     * @default false
     */
    readonly create?: boolean | null;
    /**
     * The name of the ServiceAccount to create
     * @default null
     */
    readonly name?: string | null;
  } | null;
  /** The Redis slaves */
  readonly slave?: {
    /** Affinity of the slave pods (rendered through tpl: strings in it may hold template actions) */
    readonly affinity?: {
      readonly [key: string]: unknown;
    } | string | null;
    /**
     * Redis slave entrypoint array. The docker image's ENTRYPOINT is used if this is not provided.
     * @default "/run.sh"
     */
    readonly command?: string | null;
    /** Array of Redis commands to disable (slave) */
    readonly disableCommands?: ReadonlyArray<string | null> | null;
    /** Redis slave additional command line flags */
    readonly extraFlags?: ReadonlyArray<string | null> | null;
    /** Liveness probe of the slaves */
    readonly livenessProbe?: {
      /**
       * Turn on and off liveness probe (redis slave pod)
       * @default true
       */
      readonly enabled?: boolean | null;
      /**
       * Minimum consecutive failures for the probe to be considered failed after having succeeded.
       * @default 5
       */
      readonly failureThreshold?: number | null;
      /**
       * Delay before liveness probe is initiated (redis slave pod)
       * @default 30
       */
      readonly initialDelaySeconds?: number | null;
      /**
       * How often to perform the probe (redis slave pod)
       * @default 10
       */
      readonly periodSeconds?: number | null;
      /**
       * Minimum consecutive successes for the probe to be considered successful after having failed (redis slave pod)
       * @default 1
       */
      readonly successThreshold?: number | null;
      /**
       * When the probe times out (redis slave pod)
       * @default 5
       */
      readonly timeoutSeconds?: number | null;
    } | null;
    /** Node labels for the slave pods */
    readonly nodeSelector?: {
      readonly [key: string]: string | null;
    } | null;
    /** Persistence of the slaves */
    readonly persistence?: {
      /** Persistent Volume Access Modes */
      readonly accessModes?: ReadonlyArray<"ReadWriteOnce" | "ReadOnlyMany" | "ReadWriteMany" | "ReadWriteOncePod" | null> | null;
      /**
       * Use a PVC to persist data (slave node)
       * @default true
       */
      readonly enabled?: boolean | null;
      /**
       * Path to mount the volume at, to use other images
       * @default "/data"
       */
      readonly path?: string | null;
      /**
       * Size of data volume
       * @default "8Gi"
       */
      readonly size?: string | null;
      /** Storage class of backing PVC */
      readonly storageClass?: string | null;
      /**
       * Subdirectory of the volume to mount at
       * @default ""
       */
      readonly subPath?: string | null;
    } | null;
    /** Additional annotations for Redis slave pod */
    readonly podAnnotations?: {
      readonly [key: string]: string | null;
    } | null;
    /** Additional labels for Redis slave pod */
    readonly podLabels?: {
      readonly [key: string]: string | null;
    } | null;
    /**
     * Port the slaves listen on
     * @default 6379
     */
    readonly port?: number | null;
    /** Redis Slave pod priorityClassName */
    readonly priorityClassName?: string | null;
    /** Readiness probe of the slaves */
    readonly readinessProbe?: {
      /**
       * Turn on and off slave.readiness probe (redis slave pod)
       * @default true
       */
      readonly enabled?: boolean | null;
      /**
       * Minimum consecutive failures for the probe to be considered failed after having succeeded. (redis slave pod)
       * @default 5
       */
      readonly failureThreshold?: number | null;
      /**
       * Delay before slave.readiness probe is initiated (redis slave pod)
       * @default 5
       */
      readonly initialDelaySeconds?: number | null;
      /**
       * How often to perform the probe (redis slave pod)
       * @default 10
       */
      readonly periodSeconds?: number | null;
      /**
       * Minimum consecutive successes for the probe to be considered successful after having failed (redis slave pod)
       * @default 1
       */
      readonly successThreshold?: number | null;
      /**
       * When the probe times out (redis slave pod)
       * @default 10
       */
      readonly timeoutSeconds?: number | null;
    } | null;
    /** Redis slave CPU/Memory resource requests/limits */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
    /** Name of an alternate scheduler */
    readonly schedulerName?: string | null;
    /** Slave service */
    readonly service?: {
      /** annotations for redis slave service */
      readonly annotations?: {
        readonly [key: string]: string | null;
      } | null;
      /**
       * LoadBalancerIP if Redis slave service type is `LoadBalancer`
       * @default null
       */
      readonly loadBalancerIP?: string | null;
      /** Kubernetes Service nodePort (redis slave) */
      readonly nodePort?: number | null;
      /**
       * Kubernetes Service port (redis slave)
       * @default 6379
       */
      readonly port?: number | null;
      /**
       * Kubernetes Service type (redis slave)
       * @default "ClusterIP"
       */
      readonly type?: "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName" | null;
    } | null;
    /** Slave statefulset */
    readonly statefulset?: {
      /** Partition update strategy */
      readonly rollingUpdatePartition?: number | null;
      /**
       * Update strategy for StatefulSet
       * @default "RollingUpdate"
       */
      readonly updateStrategy?: "RollingUpdate" | "OnDelete" | null;
    } | null;
    /** Tolerations of the slave pods */
    readonly tolerations?: ReadonlyArray<{
      /** Taint effect to match (empty: all effects) */
      readonly effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute" | "" | null;
      /** Taint key the toleration applies to (empty: all keys) */
      readonly key?: string | null;
      /** How the key relates to the value */
      readonly operator?: "Exists" | "Equal" | null;
      /** How long a NoExecute taint is tolerated */
      readonly tolerationSeconds?: number | null;
      /** Taint value the toleration matches */
      readonly value?: string | null;
    } | null> | null;
    /** Update strategy of the slave statefulset (as printed into it) */
    readonly updateStrategy?: {
      readonly [key: string]: unknown;
    } | null;
  } | null;
  /** Init container that sets kernel parameters */
  readonly sysctlImage?: {
    /** sysctlImage command to execute */
    readonly command?: ReadonlyArray<string | null> | null;
    /**
     * Enable sysctlImage
     * @default false
     */
    readonly enabled?: boolean | null;
    /**
     * Mount the host `/sys` folder to `/host-sys`
     * @default false
     */
    readonly mountHostSys?: boolean | null;
    /**
     * sysctlImage Init container pull policy
     * @default "Always"
     */
    readonly pullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /** Image pull secret names of the sysctl init container */
    readonly pullSecrets?: ReadonlyArray<string | null> | null;
    /**
     * sysctlImage Init container registry
     * @default "docker.io"
     */
    readonly registry?: string | null;
    /**
     * sysctlImage Init container name
     * @default "bitnami/minideb"
     */
    readonly repository?: string | null;
    /** sysctlImage Init container CPU/Memory resource requests/limits */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
    /**
     * sysctlImage Init container tag
     * @default "latest"
     */
    readonly tag?: string | null;
  } | null;
  /**
   * Use a password (also read by polyaxon)
   * @default false
   */
  readonly usePassword?: boolean | null;
  /**
   * Mount passwords as files instead of environment variables
   * @default false
   */
  readonly usePasswordFile?: boolean | null;
  /** Init container that fixes the volume permissions */
  readonly volumePermissions?: {
    /**
     * Enable init container that changes volume permissions in the registry (for cases where the default k8s `runAsUser` and `fsUser` values do not work)
     * @default false
     */
    readonly enabled?: boolean | null;
    /** Image of the volume permissions init container */
    readonly image?: {
      /**
       * Init container volume-permissions image pull policy
       * @default "IfNotPresent"
       */
      readonly pullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
      /** Image pull secret names of the volume permissions init container */
      readonly pullSecrets?: ReadonlyArray<string | null> | null;
      /**
       * Init container volume-permissions image registry
       * @default "docker.io"
       */
      readonly registry?: string | null;
      /**
       * Init container volume-permissions image name
       * @default "bitnami/minideb"
       */
      readonly repository?: string | null;
      /**
       * Init container volume-permissions image tag
       * @default "latest"
       */
      readonly tag?: string | null;
    } | null;
    /** Init container volume-permissions CPU/Memory resource requests/limits */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
  } | null;
}

/** The rabbitmq-ha subchart (in-cluster RabbitMQ) */
export interface RabbitmqHaValues {
  /**
   * Additional configuration in classic config format
   * @default ""
   */
  readonly advancedConfig?: string | null;
  /** Pod affinity rules (Kubernetes Affinity) */
  readonly affinity?: {
    /** Node affinity scheduling rules */
    readonly nodeAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to co-locate the pods with other pods */
    readonly podAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to keep the pods away from other pods */
    readonly podAntiAffinity?: {
      readonly [key: string]: unknown;
    } | null;
  } | null;
  /** Busybox image of the init container */
  readonly busyboxImage?: {
    /**
     * Busybox initContainer image pullPolicy
     * @default "Always"
     */
    readonly pullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Busybox initContainer image repo
     * @default "busybox"
     */
    readonly repository?: string | null;
    /**
     * Busybox initContainer image tag
     * @default "latest"
     */
    readonly tag?: string | null;
  } | null;
  /**
   * The internal Kubernetes cluster domain
   * @default "cluster.local"
   */
  readonly clusterDomain?: string | null;
  /** Definitions loaded at boot (each a JSON fragment) */
  readonly definitions?: {
    /**
     * Pre-created bindings
     * @default ""
     */
    readonly bindings?: string | null;
    /**
     * Pre-created exchanges
     * @default ""
     */
    readonly exchanges?: string | null;
    /**
     * Additional parameters
     * @default ""
     */
    readonly parameters?: string | null;
    /**
     * Additional permissions
     * @default ""
     */
    readonly permissions?: string | null;
    /**
     * HA policies to add to definitions.json
     * @default ""
     */
    readonly policies?: string | null;
    /**
     * Pre-created queues
     * @default ""
     */
    readonly queues?: string | null;
    /**
     * Additional users
     * @default ""
     */
    readonly users?: string | null;
    /**
     * Additional vhosts
     * @default ""
     */
    readonly vhosts?: string | null;
  } | null;
  /**
   * Use this key within an existing secret to reference the definitions specification
   * @default "definitions.json"
   */
  readonly definitionsSource?: string | null;
  /**
   * Deploy RabbitMQ in the cluster (otherwise set externalServices.rabbitmq)
   * @default true
   */
  readonly enabled?: boolean | null;
  /**
   * Use an existing ConfigMap
   * @default false
   */
  readonly existingConfigMap?: boolean | null;
  /**
   * Use an existing secret for password, managementPassword & erlang cookie
   * @default ""
   */
  readonly existingSecret?: string | null;
  /**
   * Additional configuration to add to default configmap
   * @default ""
   */
  readonly extraConfig?: string | null;
  /** Labels to add to the Resources */
  readonly extraLabels?: {
    readonly [key: string]: string | null;
  } | null;
  /**
   * Additional plugins to add to the default configmap
   * @default "rabbitmq_shovel,\nrabbitmq_shovel_management,\nrabbitmq_federation,\nrabbitmq_federation_management,\n"
   */
  readonly extraPlugins?: string | null;
  /** Extra volume mounts to mount to the statefulset */
  readonly extraVolumeMounts?: ReadonlyArray<unknown> | null;
  /** Extra volumes to attach to the statefulset */
  readonly extraVolumes?: ReadonlyArray<unknown> | null;
  /** Replaces the whole release-and-chart name of resources */
  readonly fullnameOverride?: string | null;
  /** RabbitMQ image */
  readonly image?: {
    /**
     * Image pull policy
     * @default "IfNotPresent"
     */
    readonly pullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /** Specify docker-registry secret names as an array */
    readonly pullSecrets?: ReadonlyArray<string | null> | null;
    /**
     * RabbitMQ container image repository
     * @default "rabbitmq"
     */
    readonly repository?: string | null;
    /**
     * RabbitMQ container image tag
     * @default "3.7.12-alpine"
     */
    readonly tag?: string | null;
  } | null;
  /** Ingress for the management UI */
  readonly ingress?: {
    /**
     * Ingress annotations
     * @default null
     */
    readonly annotations?: {
      readonly [key: string]: string | number | boolean | null;
    } | null;
    /**
     * Enable Ingress
     * @default false
     */
    readonly enabled?: boolean | null;
    /** Host name of the management ingress */
    readonly hostName?: string | null;
    /**
     * Path of the management ingress
     * @default "/"
     */
    readonly path?: string | null;
    /**
     * Enable TLS on the management ingress (with ingress.tlsSecret)
     * @default false
     */
    readonly tls?: boolean | null;
    /**
     * Secret with the TLS certificate of the ingress
     * @default "myTlsSecret"
     */
    readonly tlsSecret?: string | null;
  } | null;
  /** The init container */
  readonly initContainer?: {
    /** Resources of the init container */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
  } | null;
  /** Liveness probe settings (Kubernetes Probe fields) */
  readonly livenessProbe?: {
    readonly [key: string]: unknown;
  } | null;
  /** Management user password. */
  readonly managementPassword?: string | null;
  /**
   * Management user with minimal permissions used for health checks
   * @default "management"
   */
  readonly managementUsername?: string | null;
  /** Replaces the chart name in resource names */
  readonly nameOverride?: string | null;
  /** Node labels for pod assignment */
  readonly nodeSelector?: {
    readonly [key: string]: string | null;
  } | null;
  /** Persistent volume of each node */
  readonly persistentVolume?: {
    /** Access modes of the volume claim */
    readonly accessModes?: ReadonlyArray<"ReadWriteOnce" | "ReadOnlyMany" | "ReadWriteMany" | "ReadWriteOncePod" | null> | null;
    /** Annotations of the volume claims */
    readonly annotations?: {
      readonly [key: string]: string | number | boolean | null;
    } | null;
    /**
     * If `true`, persistent volume claims are created
     * @default false
     */
    readonly enabled?: boolean | null;
    /**
     * Persistent volume name
     * @default "data"
     */
    readonly name?: string | null;
    /**
     * Persistent volume size
     * @default "8Gi"
     */
    readonly size?: string | null;
    /** Persistent volume storage class */
    readonly storageClass?: string | null;
  } | null;
  /** Extra annotations to add to pod */
  readonly podAnnotations?: {
    readonly [key: string]: string | null;
  } | null;
  /**
   * Spread the pods over nodes: soft (preferred), hard (required), or "" (no rule)
   * @default "soft"
   */
  readonly podAntiAffinity?: "soft" | "hard" | "" | null;
  /**
   * Topology key of the pod anti-affinity rule
   * @default "kubernetes.io/hostname"
   */
  readonly podAntiAffinityTopologyKey?: string | null;
  /** PodDisruptionBudget spec (minAvailable or maxUnavailable) */
  readonly podDisruptionBudget?: {
    readonly [key: string]: unknown;
  } | null;
  /**
   * Whether the pods should be restarted in parallel or one at a time. Either `OrderedReady` or `Parallel`.
   * @default "OrderedReady"
   */
  readonly podManagementPolicy?: "OrderedReady" | "Parallel" | null;
  /** AMQP port polyaxon connects to (default 5672) */
  readonly port?: string | number | null;
  /** Statefulsets Pod Priority */
  readonly priorityClassName?: string | null;
  /** Prometheus monitoring */
  readonly prometheus?: {
    /** Prometheus exporter sidecar */
    readonly exporter?: {
      /**
       * Comma-separated list of extended scraping capabilities supported by the target RabbitMQ server. [Click here for details.](https://github.com/kbudde/rabbitmq_exporter#extended-rabbitmq-capabilities)
       * @default "bert,no_sort"
       */
      readonly capabilities?: string | null;
      /**
       * Configures Prometheus Exporter to expose and scrape stats
       * @default false
       */
      readonly enabled?: boolean | null;
      /** Environment variables of the exporter */
      readonly env?: {
        readonly [key: string]: string | number | boolean | null;
      } | null;
      /** Exporter image */
      readonly image?: {
        /**
         * Image Pull Policy
         * @default "IfNotPresent"
         */
        readonly pullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
        /**
         * Prometheus Exporter repository
         * @default "kbudde/rabbitmq-exporter"
         */
        readonly repository?: string | null;
        /**
         * Image Tag
         * @default "v0.29.0"
         */
        readonly tag?: string | null;
      } | null;
      /**
       * Port Prometheus scrapes for metrics
       * @default 9090
       */
      readonly port?: number | null;
      /** Resource Limits for Prometheus Exporter */
      readonly resources?: {
        /** Dynamic resource claims used by the container */
        readonly claims?: ReadonlyArray<{
          readonly [key: string]: unknown;
        } | null> | null;
        /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
        readonly limits?: {
          readonly [key: string]: string | number | null;
        } | null;
        /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
        readonly requests?: {
          readonly [key: string]: string | number | null;
        } | null;
      } | null;
    } | null;
    /** Prometheus operator resources */
    readonly operator?: {
      /** PrometheusRule alerts */
      readonly alerts?: {
        /**
         * Create default Alerts for RabbitMQ
         * @default true
         */
        readonly enabled?: boolean | null;
        /** Labels to add to Alerts */
        readonly labels?: {
          readonly [key: string]: string | null;
        } | null;
        /** Labels the Prometheus operator selects rules by */
        readonly selector?: {
          readonly [key: string]: string | null;
        } | null;
      } | null;
      /**
       * Are you using Prometheus Operator? [Blog Post](https://coreos.com/blog/the-prometheus-operator.html)
       * @default true
       */
      readonly enabled?: boolean | null;
      /** ServiceMonitor */
      readonly serviceMonitor?: {
        /**
         * How often Prometheus Scrapes metrics
         * @default "10s"
         */
        readonly interval?: string | null;
        /**
         * Namespace which Prometheus is installed
         * @default "monitoring"
         */
        readonly namespace?: string | null;
        /** Labels the Prometheus operator selects ServiceMonitors by */
        readonly selector?: {
          readonly [key: string]: string | null;
        } | null;
      } | null;
    } | null;
  } | null;
  /** AMQPS (AMQP over TLS) listener */
  readonly rabbitmqAmqpsSupport?: {
    /**
     * AMQPS port
     * @default 5671
     */
    readonly amqpsNodePort?: number | null;
    /**
     * AMQPS listener configuration
     * @default "# listeners.ssl.default             = 5671\n# ssl_options.cacertfile            = /etc/cert/cacert.pem\n# ssl_options.certfile              = /etc/cert/cert.pem\n# ssl_options.keyfile               = /etc/cert/key.pem\n# ssl_options.verify                = verify_peer\n# ssl_options.fail_if_no_peer_cert  = false\n"
     */
    readonly config?: string | null;
    /**
     * Enable the AMQPS listener
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /** Authentication mechanisms (rabbitmq.conf lines) */
  readonly rabbitmqAuth?: {
    /**
     * Auth mechanisms configuration
     * @default "# auth_mechanisms.1 = PLAIN\n# auth_mechanisms.2 = AMQPLAIN\n# auth_mechanisms.3 = EXTERNAL\n"
     */
    readonly config?: string | null;
    /**
     * Enable the auth mechanisms configuration
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /** HTTP authentication backend plugin */
  readonly rabbitmqAuthHTTP?: {
    /**
     * HTTP auth backend configuration
     * @default "# auth_backends.1 = http\n# auth_http.user_path     = http://some-server/auth/user\n# auth_http.vhost_path    = http://some-server/auth/vhost\n# auth_http.resource_path = http://some-server/auth/resource\n# auth_http.topic_path    = http://some-server/auth/topic\n"
     */
    readonly config?: string | null;
    /**
     * Enable the HTTP auth backend
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /** TLS certificates of RabbitMQ */
  readonly rabbitmqCert?: {
    /**
     * base64 encoded CA certificate (overwrites existing Secret)
     * @default ""
     */
    readonly cacertfile?: string | null;
    /**
     * base64 encoded server certificate (overwrites existing Secret)
     * @default ""
     */
    readonly certfile?: string | null;
    /**
     * Mount a Secret container certificates
     * @default false
     */
    readonly enabled?: boolean | null;
    /**
     * Name of an existing `Secret` to mount for amqps
     * @default ""
     */
    readonly existingSecret?: string | null;
    /**
     * base64 encoded server private key (overwrites existing Secret)
     * @default ""
     */
    readonly keyfile?: string | null;
  } | null;
  /**
   * [Automatic Partition Handling Strategy (split brain handling)](https://www.rabbitmq.com/partitions.html#automatic-handling)
   * @default "autoheal"
   */
  readonly rabbitmqClusterPartitionHandling?: "ignore" | "pause_minority" | "autoheal" | "pause_if_all_down" | null;
  /**
   * EPMD port used for cross cluster replication
   * @default 4369
   */
  readonly rabbitmqEpmdPort?: number | null;
  /** Erlang cookie */
  readonly rabbitmqErlangCookie?: string | null;
  /**
   * Precompile parts of RabbitMQ using HiPE
   * @default false
   */
  readonly rabbitmqHipeCompile?: boolean | null;
  /** LDAP plugin */
  readonly rabbitmqLDAPPlugin?: {
    /**
     * LDAP plugin configuration
     * @default "# auth_backends.1 = ldap\n# auth_ldap.servers.1  = my-ldap-server\n# auth_ldap.user_dn_pattern = cn=${username},ou=People,dc=example,dc=com\n# auth_ldap.use_ssl    = false\n# auth_ldap.port       = 389\n# auth_ldap.log        = false\n"
     */
    readonly config?: string | null;
    /**
     * Enable the LDAP plugin
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /** MQTT plugin */
  readonly rabbitmqMQTTPlugin?: {
    /**
     * MQTT configuration
     * @default "# mqtt.default_user     = guest\n# mqtt.default_pass     = guest\n# mqtt.allow_anonymous  = true\n"
     */
    readonly config?: string | null;
    /**
     * Enable MQTT plugin
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /**
   * RabbitMQ Manager port
   * @default 15672
   */
  readonly rabbitmqManagerPort?: number | null;
  /**
   * Memory high watermark: an absolute size (256MB) or, with type relative, a fraction (0.4)
   * @default "256MB"
   */
  readonly rabbitmqMemoryHighWatermark?: string | number | null;
  /**
   * Memory high watermark type. Either absolute or relative
   * @default "absolute"
   */
  readonly rabbitmqMemoryHighWatermarkType?: "absolute" | "relative" | null;
  /**
   * Node port
   * @default 5672
   */
  readonly rabbitmqNodePort?: number | null;
  /**
   * RabbitMQ application password
   * @default "polyaxon"
   */
  readonly rabbitmqPassword?: string | null;
  /** STOMP plugin */
  readonly rabbitmqSTOMPPlugin?: {
    /**
     * STOMP configuration
     * @default "# stomp.default_user = guest\n# stomp.default_pass = guest\n"
     */
    readonly config?: string | null;
    /**
     * Enable STOMP plugin
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /**
   * RabbitMQ application user (also read by polyaxon)
   * @default "polyaxon"
   */
  readonly rabbitmqUsername?: string | null;
  /**
   * RabbitMQ application vhost
   * @default "/"
   */
  readonly rabbitmqVhost?: string | null;
  /** Web MQTT plugin */
  readonly rabbitmqWebMQTTPlugin?: {
    /**
     * MQTT over websocket configuration
     * @default "# web_mqtt.ssl.port       = 12345\n# web_mqtt.ssl.backlog    = 1024\n# web_mqtt.ssl.certfile   = /etc/cert/cacert.pem\n# web_mqtt.ssl.keyfile    = /etc/cert/cert.pem\n# web_mqtt.ssl.cacertfile = /etc/cert/key.pem\n# web_mqtt.ssl.password   = changeme\n"
     */
    readonly config?: string | null;
    /**
     * Enable MQTT over websocket plugin
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /** Web STOMP plugin */
  readonly rabbitmqWebSTOMPPlugin?: {
    /**
     * STOMP over websocket configuration
     * @default "# web_stomp.ws_frame = binary\n# web_stomp.cowboy_opts.max_keepalive = 10\n"
     */
    readonly config?: string | null;
    /**
     * Enable STOMP over websocket plugin
     * @default false
     */
    readonly enabled?: boolean | null;
  } | null;
  /** Role-based access control */
  readonly rbac?: {
    /**
     * If true, create & use RBAC resources
     * @default true
     */
    readonly create?: boolean | null;
  } | null;
  /** Readiness probe settings (Kubernetes Probe fields) */
  readonly readinessProbe?: {
    readonly [key: string]: unknown;
  } | null;
  /**
   * Number of replica
   * @default 1
   */
  readonly replicaCount?: number | null;
  /** CPU/Memory resource requests/limits */
  readonly resources?: {
    /** Dynamic resource claims used by the container */
    readonly claims?: ReadonlyArray<{
      readonly [key: string]: unknown;
    } | null> | null;
    /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
    readonly limits?: {
      readonly [key: string]: string | number | null;
    } | null;
    /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
    readonly requests?: {
      readonly [key: string]: string | number | null;
    } | null;
  } | null;
  /** alternate scheduler name */
  readonly schedulerName?: string | null;
  /** Pod security context (Kubernetes PodSecurityContext) */
  readonly securityContext?: {
    /** AppArmor profile of the containers */
    readonly appArmorProfile?: {
      readonly [key: string]: unknown;
    } | null;
    /**
     * Group ID for the container's volumes
     * @default 101
     */
    readonly fsGroup?: number | null;
    /** When to change volume ownership to fsGroup */
    readonly fsGroupChangePolicy?: "OnRootMismatch" | "Always" | null;
    /**
     * Group ID for the container
     * @default 101
     */
    readonly runAsGroup?: number | null;
    /**
     * Enforce non-root user ID for the container
     * @default true
     */
    readonly runAsNonRoot?: boolean | null;
    /**
     * User ID for the container
     * @default 100
     */
    readonly runAsUser?: number | null;
    /** How the SELinux label is applied to volumes */
    readonly seLinuxChangePolicy?: string | null;
    /** SELinux context of the containers */
    readonly seLinuxOptions?: {
      readonly [key: string]: unknown;
    } | null;
    /** Seccomp profile of the containers */
    readonly seccompProfile?: {
      readonly [key: string]: unknown;
    } | null;
    /** Extra groups of the first process */
    readonly supplementalGroups?: ReadonlyArray<number | null> | null;
    /** How supplemental groups are computed */
    readonly supplementalGroupsPolicy?: string | null;
    /** Namespaced sysctls for the pod */
    readonly sysctls?: ReadonlyArray<{
      readonly [key: string]: unknown;
    } | null> | null;
    /** Windows-specific settings */
    readonly windowsOptions?: {
      readonly [key: string]: unknown;
    } | null;
  } | null;
  /** The RabbitMQ service */
  readonly service?: {
    /**
     * Node port of AMQP (service type NodePort)
     * @default null
     */
    readonly amqpNodePort?: number | null;
    /** Annotations to add to the service */
    readonly annotations?: {
      readonly [key: string]: string | null;
    } | null;
    /**
     * IP address to assign to the service
     * @default "None"
     */
    readonly clusterIP?: string | null;
    /**
     * Node port of EPMD (service type NodePort)
     * @default null
     */
    readonly epmdNodePort?: number | null;
    /** Service external IP addresses */
    readonly externalIPs?: ReadonlyArray<string | null> | null;
    /**
     * IP address to assign to load balancer (if supported)
     * @default ""
     */
    readonly loadBalancerIP?: string | null;
    /** List of IP CIDRs allowed access to load balancer (if supported) */
    readonly loadBalancerSourceRanges?: ReadonlyArray<string | null> | null;
    /**
     * Node port of the management UI (service type NodePort)
     * @default null
     */
    readonly managerNodePort?: number | null;
    /**
     * Type of service to create
     * @default "ClusterIP"
     */
    readonly type?: "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName" | null;
  } | null;
  /** Service account of the pods */
  readonly serviceAccount?: {
    /**
     * Create service account
     * @default true
     */
    readonly create?: boolean | null;
    /** Service account name to use */
    readonly name?: string | null;
  } | null;
  /**
   * Duration pod needs to terminate gracefully
   * @default 10
   */
  readonly terminationGracePeriodSeconds?: number | null;
  /** Toleration labels for pod assignment */
  readonly tolerations?: ReadonlyArray<{
    /** Taint effect to match (empty: all effects) */
    readonly effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute" | "" | null;
    /** Taint key the toleration applies to (empty: all keys) */
    readonly key?: string | null;
    /** How the key relates to the value */
    readonly operator?: "Exists" | "Equal" | null;
    /** How long a NoExecute taint is tolerated */
    readonly tolerationSeconds?: number | null;
    /** Taint value the toleration matches */
    readonly value?: string | null;
  } | null> | null;
  /**
   * Statefulset update strategy
   * @default "OnDelete"
   */
  readonly updateStrategy?: "OnDelete" | "RollingUpdate" | null;
}

/** The docker-registry subchart (in-cluster image registry) */
export interface DockerRegistryValues {
  /** Pod affinity rules (Kubernetes Affinity) */
  readonly affinity?: {
    /** Node affinity scheduling rules */
    readonly nodeAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to co-locate the pods with other pods */
    readonly podAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to keep the pods away from other pods */
    readonly podAntiAffinity?: {
      readonly [key: string]: unknown;
    } | null;
  } | null;
  /** The registry configuration file (config.yml), printed as is */
  readonly configData?: {
    /** Health checks */
    readonly health?: {
      /** Storage driver health check */
      readonly storagedriver?: {
        /**
         * Check the storage driver
         * @default true
         */
        readonly enabled?: boolean | null;
        /**
         * Interval of the check
         * @default "10s"
         */
        readonly interval?: string | null;
        /**
         * Failures before the registry is unhealthy
         * @default 3
         */
        readonly threshold?: number | null;
        readonly [key: string]: unknown;
      } | null;
      readonly [key: string]: unknown;
    } | null;
    /** HTTP server settings */
    readonly http?: {
      /**
       * Address the registry listens on
       * @default ":5000"
       */
      readonly addr?: string | null;
      /** Headers added to responses */
      readonly headers?: {
        readonly [key: string]: ReadonlyArray<string | null> | null;
      } | null;
      readonly [key: string]: unknown;
    } | null;
    /** Logging settings */
    readonly log?: {
      /** Fields added to every log line */
      readonly fields?: {
        readonly [key: string]: unknown;
      } | null;
      readonly [key: string]: unknown;
    } | null;
    /** Storage settings */
    readonly storage?: {
      /** Storage cache settings */
      readonly cache?: {
        /**
         * Blob descriptor cache: inmemory or redis
         * @default "inmemory"
         */
        readonly blobdescriptor?: string | null;
        readonly [key: string]: unknown;
      } | null;
      readonly [key: string]: unknown;
    } | null;
    /**
     * Configuration file version
     * @default 0.1
     */
    readonly version?: number | null;
    readonly [key: string]: unknown;
  } | null;
  /**
   * Deploy a Docker registry in the cluster
   * @default true
   */
  readonly enabled?: boolean | null;
  /** Replaces the whole release-and-chart name of resources */
  readonly fullnameOverride?: string | null;
  /** Registry image */
  readonly image?: {
    /**
     * Container pull policy
     * @default "IfNotPresent"
     */
    readonly pullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image to use
     * @default "registry"
     */
    readonly repository?: string | null;
    /**
     * Container image tag to deploy
     * @default "2.6.2"
     */
    readonly tag?: string | null;
  } | null;
  /** Image pull secrets (a list of {name: ...}) */
  readonly imagePullSecrets?: ReadonlyArray<unknown> | null;
  /** Ingress for the registry */
  readonly ingress?: {
    /**
     * Ingress annotations
     * @default null
     */
    readonly annotations?: {
      readonly [key: string]: string | number | boolean | null;
    } | null;
    /**
     * If true, Ingress will be created
     * @default false
     */
    readonly enabled?: boolean | null;
    /** Ingress hostnames */
    readonly hosts?: ReadonlyArray<string | null> | null;
    /** Ingress labels */
    readonly labels?: {
      readonly [key: string]: string | null;
    } | null;
    /**
     * Ingress service path
     * @default "/"
     */
    readonly path?: string | null;
    /**
     * Ingress TLS configuration (YAML)
     * @default null
     */
    readonly tls?: ReadonlyArray<unknown> | null;
  } | null;
  /** Replaces the chart name in resource names */
  readonly nameOverride?: string | null;
  /** node labels for pod assignment */
  readonly nodeSelector?: {
    readonly [key: string]: string | null;
  } | null;
  /** Persistence of the images */
  readonly persistence?: {
    /**
     * Access mode to use for PVC
     * @default "ReadWriteOnce"
     */
    readonly accessMode?: "ReadWriteOnce" | "ReadOnlyMany" | "ReadWriteMany" | "ReadWriteOncePod" | null;
    /** Enable the deletion of image blobs and manifests by digest */
    readonly deleteEnabled?: boolean | null;
    /**
     * Whether to use a PVC for the Docker storage
     * @default false
     */
    readonly enabled?: boolean | null;
    /** Name of an existing PVC to use for config */
    readonly existingClaim?: string | null;
    /**
     * Amount of space to claim for PVC
     * @default "10Gi"
     */
    readonly size?: string | null;
    /** Storage Class to use for PVC */
    readonly storageClass?: string | null;
  } | null;
  /** Annotations for pod */
  readonly podAnnotations?: {
    readonly [key: string]: string | null;
  } | null;
  /** Labels for pod */
  readonly podLabels?: {
    readonly [key: string]: string | null;
  } | null;
  /**
   * priorityClassName
   * @default ""
   */
  readonly priorityClassName?: string | null;
  /**
   * k8s replicas
   * @default 1
   */
  readonly replicaCount?: number | null;
  /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
  readonly resources?: {
    /** Dynamic resource claims used by the container */
    readonly claims?: ReadonlyArray<{
      readonly [key: string]: unknown;
    } | null> | null;
    /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
    readonly limits?: {
      readonly [key: string]: string | number | null;
    } | null;
    /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
    readonly requests?: {
      readonly [key: string]: string | number | null;
    } | null;
  } | null;
  /** S3 storage settings (storage: s3) */
  readonly s3?: {
    /** S3 bucket name */
    readonly bucket?: string | null;
    /** Store images in encrypted format */
    readonly encrypt?: string | boolean | null;
    /** S3 region */
    readonly region?: string | null;
    /** S3 region endpoint */
    readonly regionEndpoint?: string | null;
    /** Use HTTPS */
    readonly secure?: string | boolean | null;
  } | null;
  /** Secrets of the registry */
  readonly secrets?: {
    /** Azure storage credentials */
    readonly azure?: {
      /** Azure account key */
      readonly accountKey?: string | null;
      /** Azure account name */
      readonly accountName?: string | null;
      /** Azure container */
      readonly container?: string | null;
    } | null;
    /**
     * Shared secret of the registry replicas (generated at random when empty)
     * @default ""
     */
    readonly haSharedSecret?: string | null;
    /**
     * Htpasswd authentication
     * @default ""
     */
    readonly htpasswd?: string | null;
    /** S3 storage credentials */
    readonly s3?: {
      /** Access Key for S3 configuration */
      readonly accessKey?: string | null;
      /** Secret Key for S3 configuration */
      readonly secretKey?: string | null;
    } | null;
    /** Swift storage credentials */
    readonly swift?: {
      /** Password for Swift configuration */
      readonly password?: string | null;
      /** Username for Swift configuration */
      readonly username?: string | null;
    } | null;
  } | null;
  /** Security context of the pod */
  readonly securityContext?: {
    /**
     * Run the registry as runAsUser / fsGroup
     * @default true
     */
    readonly enabled?: boolean | null;
    /**
     * Group that owns the volumes
     * @default 1000
     */
    readonly fsGroup?: number | null;
    /**
     * User ID of the registry
     * @default 1000
     */
    readonly runAsUser?: number | null;
  } | null;
  /** The registry service */
  readonly service?: {
    /** Annotations of the service */
    readonly annotations?: {
      readonly [key: string]: string | null;
    } | null;
    /** if `service.type` is `ClusterIP` and this is non-empty, sets the cluster IP of the service */
    readonly clusterIP?: string | null;
    /** Port of the service (the ingress backend reads this key; default service.port) */
    readonly externalPort?: number | null;
    /**
     * Name of the service port
     * @default "registry"
     */
    readonly name?: string | null;
    /**
     * if `service.type` is `NodePort` and this is non-empty, sets the node port of the service
     * @default 31813
     */
    readonly nodePort?: number | null;
    /**
     * TCP port on which the service is exposed
     * @default 5000
     */
    readonly port?: number | null;
    /**
     * service type
     * @default "NodePort"
     */
    readonly type?: "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName" | null;
  } | null;
  /**
   * Storage backend of the registry
   * @default "filesystem"
   */
  readonly storage?: "filesystem" | "azure" | "s3" | "swift" | null;
  /** Swift storage settings (storage: swift) */
  readonly swift?: {
    /** Swift authurl */
    readonly authurl?: string | null;
    /** Swift container */
    readonly container?: string | null;
  } | null;
  /** Name of secret for TLS certs */
  readonly tlsSecretName?: string | null;
  /** pod tolerations */
  readonly tolerations?: ReadonlyArray<{
    /** Taint effect to match (empty: all effects) */
    readonly effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute" | "" | null;
    /** Taint key the toleration applies to (empty: all keys) */
    readonly key?: string | null;
    /** How the key relates to the value */
    readonly operator?: "Exists" | "Equal" | null;
    /** How long a NoExecute taint is tolerated */
    readonly tolerationSeconds?: number | null;
    /** Taint value the toleration matches */
    readonly value?: string | null;
  } | null> | null;
  /**
   * update strategy for deployment
   * @default null
   */
  readonly updateStrategy?: {
    readonly [key: string]: unknown;
  } | null;
}

/** Values of the polyaxon 0.5.5 chart and its subcharts */
export interface PolyaxonValues {
  /** Models shown in the admin view (POLYAXON_ADMIN_MODELS) */
  readonly adminModels?: ReadonlyArray<string | null> | null;
  /**
   * Enable the admin view of the web UI
   * @default true
   */
  readonly adminViewEnabled?: boolean | null;
  /** Affinity of the Polyaxon core pods */
  readonly affinity?: {
    /** Node affinity scheduling rules */
    readonly nodeAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to co-locate the pods with other pods */
    readonly podAffinity?: {
      readonly [key: string]: unknown;
    } | null;
    /** Rules to keep the pods away from other pods */
    readonly podAntiAffinity?: {
      readonly [key: string]: unknown;
    } | null;
  } | null;
  /** Hosts and IPs allowed to talk to the API (POLYAXON_ALLOWED_HOSTS) */
  readonly allowedHosts?: ReadonlyArray<string | null> | null;
  /** The API server */
  readonly api?: {
    /**
     * Container image of api
     * @default "polyaxon/polyaxon-api"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of api
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of api
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /**
     * Number of api replicas
     * @default 1
     */
    readonly replicas?: number | null;
    /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
    /** The API service */
    readonly service?: {
      /** Annotations of the API service */
      readonly annotations?: {
        readonly [key: string]: string | null;
      } | null;
      /**
       * Port the API service exposes
       * @default 80
       */
      readonly externalPort?: number | null;
      /**
       * Port the API container listens on
       * @default 80
       */
      readonly internalPort?: number | null;
      /**
       * Name of the API service port
       * @default "api"
       */
      readonly name?: string | null;
      /**
       * Node port of the API service (serviceType NodePort)
       * @default 31811
       */
      readonly nodePort?: number | null;
      /** Scheme of the API probes, e.g. HTTPS */
      readonly scheme?: string | null;
    } | null;
  } | null;
  /** The Celery beat (periodic tasks) */
  readonly beat?: {
    /**
     * Container image of beat
     * @default "polyaxon/polyaxon-beat"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of beat
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of beat
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /**
     * Number of beat replicas
     * @default 1
     */
    readonly replicas?: number | null;
    /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
  } | null;
  /**
   * Celery broker: redis, or RabbitMQ when unset
   * @default null
   */
  readonly broker?: "redis" | "rabbitmq" | null;
  /** Cluster identifier (POLYAXON_CLUSTER_ID) */
  readonly clusterId?: string | null;
  /** The crons workers */
  readonly crons?: {
    /**
     * Worker processes per crons pod (Celery concurrency)
     * @default 2
     */
    readonly concurrency?: number | null;
    /**
     * Container image of crons
     * @default "polyaxon/polyaxon-crons"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of crons
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of crons
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /**
     * Number of crons replicas
     * @default 1
     */
    readonly replicas?: number | null;
    /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
  } | null;
  /** Run the platform in debug mode */
  readonly debugMode?: boolean | null;
  /** Host-path volumes used when persistence.data / persistence.outputs are empty */
  readonly defaultPersistence?: {
    /** Default data volume */
    readonly data?: {
      /** The default data volume */
      readonly data?: {
        /**
         * Host path of the default data volume
         * @default "/tmp/data"
         */
        readonly hostPath?: string | null;
        /**
         * Mount path of the default data volume
         * @default "/data"
         */
        readonly mountPath?: string | null;
      } | null;
    } | null;
    /** Default outputs volume */
    readonly outputs?: {
      /** The default outputs volume */
      readonly outputs?: {
        /**
         * Host path of the default outputs volume
         * @default "/tmp/outputs"
         */
        readonly hostPath?: string | null;
        /**
         * Mount path of the default outputs volume
         * @default "/outputs"
         */
        readonly mountPath?: string | null;
      } | null;
    } | null;
  } | null;
  /**
   * Kind of deployment, passed to Polyaxon as POLYAXON_DEPLOYMENT_TYPE
   * @default "kubernetes"
   */
  readonly deploymentType?: "kubernetes" | "minikube" | "microk8s" | "docker-compose" | "docker" | "heroku" | null;
  /** Host paths of NVIDIA libraries, for GPU jobs */
  readonly dirs?: {
    /** NVIDIA paths on the hosts */
    readonly nvidia?: {
      /**
       * NVIDIA binaries directory on the hosts, e.g. /usr/lib/nvidia-384/bin
       * @default ""
       */
      readonly bin?: string | null;
      /**
       * NVIDIA driver library directory on the hosts, e.g. /usr/lib/nvidia-384
       * @default ""
       */
      readonly lib?: string | null;
      /**
       * libcuda.so.1 on the hosts, e.g. /usr/lib/x86_64-linux-gnu/libcuda.so.1
       * @default ""
       */
      readonly libcuda?: string | null;
    } | null;
  } | null;
  /** DNS settings of the cluster, for the jobs Polyaxon starts */
  readonly dns?: {
    /** The key the chart tests before it writes dns.prefix (a chart quirk: set it to use dns.prefix) */
    readonly POLYAXON_DNS_PREFIX?: unknown;
    /** DNS backend of the cluster, e.g. kube-dns or coredns (POLYAXON_DNS_BACKEND) */
    readonly backend?: string | null;
    /** Cluster domain when it is not cluster.local (POLYAXON_DNS_CUSTOM_CLUSTER) */
    readonly customCluster?: string | null;
    /** DNS service prefix, e.g. kube-dns.kube-system (POLYAXON_DNS_PREFIX; only used when POLYAXON_DNS_PREFIX is set too) */
    readonly prefix?: string | null;
  } | null;
  /** Outgoing email (SMTP) */
  readonly email?: {
    /** Django email backend class */
    readonly backend?: string | null;
    /** Sender address of notifications */
    readonly from?: string | null;
    /**
     * SMTP host
     * @default "smtp"
     */
    readonly host?: string | null;
    /**
     * SMTP password
     * @default ""
     */
    readonly hostPassword?: string | number | null;
    /**
     * SMTP user
     * @default ""
     */
    readonly hostUser?: string | null;
    /**
     * SMTP port
     * @default 25
     */
    readonly port?: string | number | null;
    /** Prefix of email subjects */
    readonly subjectPrefix?: string | null;
    /**
     * Use TLS with the SMTP server
     * @default false
     */
    readonly useTls?: boolean | null;
  } | null;
  /**
   * Key used to encrypt secrets stored by Polyaxon
   * @default null
   */
  readonly encryptionSecret?: string | null;
  /** Environment name (default production) */
  readonly environment?: string | null;
  /** Monitors of Kubernetes events */
  readonly eventMonitors?: {
    /** Monitor of the namespace events */
    readonly namespace?: {
      /**
       * Enable eventMonitors.namespace
       * @default false
       */
      readonly enabled?: boolean | null;
      /**
       * Container image of eventMonitors.namespace
       * @default "polyaxon/polyaxon-monitor-namespace"
       */
      readonly image?: string | null;
      /**
       * Image pull policy of eventMonitors.namespace
       * @default "Always"
       */
      readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
      /**
       * Container image tag of eventMonitors.namespace
       * @default "0.5.5"
       */
      readonly imageTag?: string | null;
      /**
       * Keep eventMonitors.namespace state across restarts
       * @default false
       */
      readonly persists?: boolean | null;
      /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
      readonly resources?: {
        /** Dynamic resource claims used by the container */
        readonly claims?: ReadonlyArray<{
          readonly [key: string]: unknown;
        } | null> | null;
        /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
        readonly limits?: {
          readonly [key: string]: string | number | null;
        } | null;
        /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
        readonly requests?: {
          readonly [key: string]: string | number | null;
        } | null;
      } | null;
      /**
       * Seconds eventMonitors.namespace sleeps between polls
       * @default 1
       */
      readonly sleepInterval?: number | null;
    } | null;
    /** Monitor of job and experiment statuses */
    readonly statuses?: {
      /**
       * Enable eventMonitors.statuses
       * @default true
       */
      readonly enabled?: boolean | null;
      /**
       * Container image of eventMonitors.statuses
       * @default "polyaxon/polyaxon-monitor-statuses"
       */
      readonly image?: string | null;
      /**
       * Image pull policy of eventMonitors.statuses
       * @default "Always"
       */
      readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
      /**
       * Container image tag of eventMonitors.statuses
       * @default "0.5.5"
       */
      readonly imageTag?: string | null;
      /**
       * Keep eventMonitors.statuses state across restarts
       * @default false
       */
      readonly persists?: boolean | null;
      /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
      readonly resources?: {
        /** Dynamic resource claims used by the container */
        readonly claims?: ReadonlyArray<{
          readonly [key: string]: unknown;
        } | null> | null;
        /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
        readonly limits?: {
          readonly [key: string]: string | number | null;
        } | null;
        /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
        readonly requests?: {
          readonly [key: string]: string | number | null;
        } | null;
      } | null;
      /**
       * Seconds eventMonitors.statuses sleeps between polls
       * @default 1
       */
      readonly sleepInterval?: number | null;
    } | null;
  } | null;
  /** The events handlers workers */
  readonly eventsHandlers?: {
    /** Celery worker settings for eventsHandlers (each set one becomes a POLYAXON_CELERY_* variable) */
    readonly celery?: {
      /** Broker connection pool size (POLYAXON_CELERY_BROKER_POOL_LIMIT) */
      readonly brokerPoolLimit?: string | number | null;
      /** Wait for the broker to confirm published messages (POLYAXON_CELERY_CONFIRM_PUBLISH) */
      readonly confirmPublish?: string | boolean | null;
      /** Run tasks locally instead of through the broker (POLYAXON_CELERY_TASK_ALWAYS_EAGER) */
      readonly taskAlwaysEager?: string | boolean | null;
      /** Report tasks as started (POLYAXON_CELERY_TASK_TRACK_STARTED) */
      readonly taskTrackStarted?: string | boolean | null;
      /** Resident memory (KiB) after which a worker process is replaced (POLYAXON_CELERY_WORKER_MAX_MEMORY_PER_CHILD) */
      readonly workerMaxMemoryPerChild?: string | number | null;
      /** Tasks a worker process runs before it is replaced (POLYAXON_CELERY_WORKER_MAX_TASKS_PER_CHILD) */
      readonly workerMaxTasksPerChild?: string | number | null;
      /**
       * Messages prefetched per worker process (POLYAXON_CELERY_WORKER_PREFETCH_MULTIPLIER)
       * @default 10
       */
      readonly workerPrefetchMultiplier?: string | number | null;
    } | null;
    /**
     * Worker processes per eventsHandlers pod (Celery concurrency)
     * @default 2
     */
    readonly concurrency?: number | null;
    /**
     * Container image of eventsHandlers
     * @default "polyaxon/polyaxon-events-handlers"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of eventsHandlers
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of eventsHandlers
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /**
     * Number of eventsHandlers replicas
     * @default 1
     */
    readonly replicas?: number | null;
    /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
  } | null;
  /** External services used when the in-cluster subcharts are disabled */
  readonly externalServices?: {
    /** External PostgreSQL (with postgresql.enabled false) */
    readonly postgresql?: {
      /**
       * Lifetime of database connections in seconds
       * @default 60
       */
      readonly connMaxAge?: string | number | null;
      /**
       * Database name
       * @default null
       */
      readonly database?: string | null;
      /**
       * Database host
       * @default null
       */
      readonly host?: string | null;
      /**
       * Database password
       * @default null
       */
      readonly password?: string | null;
      /**
       * Database port (default 5432)
       * @default null
       */
      readonly port?: string | number | null;
      /**
       * Database user
       * @default null
       */
      readonly user?: string | null;
    } | null;
    /** External RabbitMQ (with rabbitmq-ha.enabled false) */
    readonly rabbitmq?: {
      /**
       * RabbitMQ host
       * @default null
       */
      readonly host?: string | null;
      /**
       * RabbitMQ password
       * @default null
       */
      readonly password?: string | null;
      /**
       * RabbitMQ port (default 5672)
       * @default null
       */
      readonly port?: string | number | null;
      /**
       * RabbitMQ user
       * @default null
       */
      readonly user?: string | null;
    } | null;
    /** External Redis (with redis.enabled false) */
    readonly redis?: {
      /**
       * Redis host
       * @default null
       */
      readonly host?: string | null;
      /**
       * Redis password
       * @default null
       */
      readonly password?: string | null;
      /**
       * Redis port (default 6379)
       * @default null
       */
      readonly port?: string | number | null;
      /**
       * Connect with a password
       * @default null
       */
      readonly usePassword?: boolean | null;
    } | null;
  } | null;
  /** Values shared with every subchart */
  readonly global?: {
    /** Image pull secret names for the redis pods */
    readonly imagePullSecrets?: ReadonlyArray<string | null> | null;
    /** Registry prepended to the redis images */
    readonly imageRegistry?: string | null;
  } | null;
  /** The install/upgrade hook jobs (migrations, admin user, cleanup) */
  readonly hooks?: {
    /** Run the optional hooks (e.g. the fixtures loader) */
    readonly enabled?: boolean | null;
    /**
     * Container image of hooks
     * @default "polyaxon/polyaxon-manage"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of hooks
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of hooks
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /** Load the fixtures hook job */
    readonly loadFixtures?: boolean | null;
  } | null;
  /** Host name (or IP) of the platform, for links in notifications, when there is no ingress */
  readonly hostName?: string | null;
  /** The hyperparameter search workers */
  readonly hpsearch?: {
    /** Celery worker settings for hpsearch (each set one becomes a POLYAXON_CELERY_* variable) */
    readonly celery?: {
      /** Broker connection pool size (POLYAXON_CELERY_BROKER_POOL_LIMIT) */
      readonly brokerPoolLimit?: string | number | null;
      /** Wait for the broker to confirm published messages (POLYAXON_CELERY_CONFIRM_PUBLISH) */
      readonly confirmPublish?: string | boolean | null;
      /** Run tasks locally instead of through the broker (POLYAXON_CELERY_TASK_ALWAYS_EAGER) */
      readonly taskAlwaysEager?: string | boolean | null;
      /** Report tasks as started (POLYAXON_CELERY_TASK_TRACK_STARTED) */
      readonly taskTrackStarted?: string | boolean | null;
      /**
       * Resident memory (KiB) after which a worker process is replaced (POLYAXON_CELERY_WORKER_MAX_MEMORY_PER_CHILD)
       * @default 600000
       */
      readonly workerMaxMemoryPerChild?: string | number | null;
      /** Tasks a worker process runs before it is replaced (POLYAXON_CELERY_WORKER_MAX_TASKS_PER_CHILD) */
      readonly workerMaxTasksPerChild?: string | number | null;
      /** Messages prefetched per worker process (POLYAXON_CELERY_WORKER_PREFETCH_MULTIPLIER) */
      readonly workerPrefetchMultiplier?: string | number | null;
    } | null;
    /**
     * Worker processes per hpsearch pod (Celery concurrency)
     * @default 2
     */
    readonly concurrency?: number | null;
    /**
     * Container image of hpsearch
     * @default "polyaxon/polyaxon-hpsearch"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of hpsearch
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of hpsearch
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /**
     * Number of hpsearch replicas
     * @default 1
     */
    readonly replicas?: number | null;
    /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
  } | null;
  /** Ingress for the API */
  readonly ingress?: {
    /**
     * Annotations of the Ingress, e.g. the ingress class or body-size limits
     * @default null
     */
    readonly annotations?: {
      readonly [key: string]: string | null;
    } | null;
    /**
     * Create an Ingress for the API (then use serviceType ClusterIP or NodePort)
     * @default false
     */
    readonly enabled?: boolean | null;
    /**
     * Host name of the ingress rule, also POLYAXON_API_HOST
     * @default null
     */
    readonly hostName?: string | null;
    /**
     * Path of the ingress rule (default: all paths)
     * @default null
     */
    readonly path?: string | null;
    /** Ingress TLS entries (secretName, hosts); the secrets must exist in the namespace */
    readonly tls?: ReadonlyArray<unknown> | null;
  } | null;
  /** Token the Polyaxon services use among themselves (generated at random when unset) */
  readonly internalToken?: string | null;
  /** Intervals of periodic tasks, in seconds */
  readonly intervals?: {
    /**
     * Seconds between cluster system info updates
     * @default 150
     */
    readonly clustersUpdateSystemInfo?: string | number | null;
    /**
     * Seconds between cluster node updates
     * @default 150
     */
    readonly clustersUpdateSystemNodes?: string | number | null;
    /**
     * Seconds between experiment scheduling runs
     * @default 15
     */
    readonly experimentsScheduler?: string | number | null;
    /**
     * Seconds between experiment status syncs
     * @default 60
     */
    readonly experimentsSync?: string | number | null;
    /**
     * Default delay in seconds before an operation is retried
     * @default 60
     */
    readonly operationsDefaultRetryDelay?: string | number | null;
    /**
     * Longest delay in seconds before an operation is retried
     * @default 3600
     */
    readonly operationsMaxRetryDelay?: string | number | null;
    /**
     * Seconds between pipeline scheduling runs
     * @default 60
     */
    readonly pipelinesScheduler?: string | number | null;
  } | null;
  /** How Polyaxon reaches the Kubernetes API (default: in-cluster) */
  readonly k8s?: {
    /** Authorization header for the Kubernetes API */
    readonly authorisation?: string | null;
    /** Kubernetes API URL (POLYAXON_K8S_HOST) */
    readonly host?: string | null;
    /** CA certificate path of the Kubernetes API (POLYAXON_K8S_SSL_CA_CERT) */
    readonly ssl_ca_cert?: string | null;
  } | null;
  /** The Kubernetes events handlers workers */
  readonly k8sEventsHandlers?: {
    /** Celery worker settings for k8sEventsHandlers (each set one becomes a POLYAXON_CELERY_* variable) */
    readonly celery?: {
      /** Broker connection pool size (POLYAXON_CELERY_BROKER_POOL_LIMIT) */
      readonly brokerPoolLimit?: string | number | null;
      /** Wait for the broker to confirm published messages (POLYAXON_CELERY_CONFIRM_PUBLISH) */
      readonly confirmPublish?: string | boolean | null;
      /** Run tasks locally instead of through the broker (POLYAXON_CELERY_TASK_ALWAYS_EAGER) */
      readonly taskAlwaysEager?: string | boolean | null;
      /** Report tasks as started (POLYAXON_CELERY_TASK_TRACK_STARTED) */
      readonly taskTrackStarted?: string | boolean | null;
      /** Resident memory (KiB) after which a worker process is replaced (POLYAXON_CELERY_WORKER_MAX_MEMORY_PER_CHILD) */
      readonly workerMaxMemoryPerChild?: string | number | null;
      /** Tasks a worker process runs before it is replaced (POLYAXON_CELERY_WORKER_MAX_TASKS_PER_CHILD) */
      readonly workerMaxTasksPerChild?: string | number | null;
      /**
       * Messages prefetched per worker process (POLYAXON_CELERY_WORKER_PREFETCH_MULTIPLIER)
       * @default 10
       */
      readonly workerPrefetchMultiplier?: string | number | null;
    } | null;
    /**
     * Worker processes per k8sEventsHandlers pod (Celery concurrency)
     * @default 2
     */
    readonly concurrency?: number | null;
    /**
     * Container image of k8sEventsHandlers
     * @default "polyaxon/polyaxon-k8s-events-handlers"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of k8sEventsHandlers
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of k8sEventsHandlers
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /**
     * Number of k8sEventsHandlers replicas
     * @default 1
     */
    readonly replicas?: number | null;
    /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
  } | null;
  /** LDAP authentication (django-auth-ldap settings) */
  readonly ldap?: {
    /**
     * DN to bind as for searches
     * @default null
     */
    readonly bindDN?: string | null;
    /**
     * Password of the bind DN
     * @default null
     */
    readonly bindPassword?: string | null;
    /** python-ldap connection options (AUTH_LDAP_CONNECTION_OPTIONS) */
    readonly connectionOptions?: {
      readonly [key: string]: string | number | boolean | null;
    } | null;
    /**
     * DN of a group whose members are refused
     * @default null
     */
    readonly denyGroup?: string | null;
    /**
     * Authenticate users against LDAP
     * @default false
     */
    readonly enabled?: boolean | null;
    /** Global python-ldap options (AUTH_LDAP_GLOBAL_OPTIONS) */
    readonly globalOptions?: {
      readonly [key: string]: string | number | boolean | null;
    } | null;
    /**
     * Base DN of group searches
     * @default null
     */
    readonly groupSearchBaseDN?: string | null;
    /**
     * Group type, e.g. posixGroupType
     * @default null
     */
    readonly groupSearchGroupType?: string | null;
    /**
     * DN of a group users must belong to
     * @default null
     */
    readonly requireGroup?: string | null;
    /**
     * LDAP server URI, e.g. ldap://ldap.example.com
     * @default null
     */
    readonly serverUri?: string | null;
    /**
     * Use StartTLS on the connection
     * @default false
     */
    readonly startTLS?: boolean | null;
    /** User fields to LDAP attributes, e.g. email: mail */
    readonly userAttrMap?: {
      readonly [key: string]: string | null;
    } | null;
    /**
     * Template of user DNs, instead of a search, e.g. uid=%(user)s,ou=users,dc=example,dc=com
     * @default null
     */
    readonly userDNTemplate?: string | null;
    /**
     * Base DN of user searches
     * @default null
     */
    readonly userSearchBaseDN?: string | null;
    /**
     * Filter of user searches, e.g. (uid=%(user)s)
     * @default null
     */
    readonly userSearchFilterStr?: string | null;
  } | null;
  /**
   * Set resource limits (not only requests) on the Polyaxon containers
   * @default false
   */
  readonly limitResources?: boolean | null;
  /** Log level of the platform */
  readonly logLevel?: "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL" | null;
  /** Where the NVIDIA host paths are mounted in job containers */
  readonly mountPaths?: {
    /** Mount paths of the NVIDIA libraries (default: the host paths) */
    readonly nvidia?: {
      /**
       * Mount path of the NVIDIA binaries directory
       * @default ""
       */
      readonly bin?: string | null;
      /**
       * Mount path of the NVIDIA library directory
       * @default ""
       */
      readonly lib?: string | null;
      /**
       * Mount path of libcuda.so.1
       * @default ""
       */
      readonly libcuda?: string | null;
    } | null;
  } | null;
  /** Replaces the chart name in resource names */
  readonly nameOverride?: string | null;
  /**
   * Namespace where Polyaxon runs experiments and jobs (POLYAXON_K8S_NAMESPACE)
   * @default "polyaxon"
   */
  readonly namespace?: string | null;
  /** Node labels for the Polyaxon core pods */
  readonly nodeSelector?: {
    readonly [key: string]: string | null;
  } | null;
  /**
   * Length of generated passwords
   * @default 8
   */
  readonly passwordLength?: number | null;
  /** Volumes for logs, repos, uploads, data and outputs */
  readonly persistence?: {
    /** Data volumes, by name (mounted in experiments and jobs) */
    readonly data?: {
      readonly [key: string]: {
        /** Bucket or container URL of the cloud store, e.g. gs://data-bucket */
        readonly bucket?: string | null;
        /** An existing PersistentVolumeClaim to mount */
        readonly existingClaim?: string | null;
        /** Host path used when there is no existing claim (default: mountPath) */
        readonly hostPath?: string | null;
        /** Where the volume is mounted in the containers */
        readonly mountPath?: string | null;
        /** Mount the volume read-only */
        readonly readOnly?: boolean | null;
        /** Secret holding the cloud store credentials */
        readonly secret?: string | null;
        /** Key of the credentials in that secret */
        readonly secretKey?: string | null;
        /** Cloud store backing the volume (no mount then) */
        readonly store?: "gcs" | "s3" | "azure" | null;
        /** Sub-path of the volume to mount */
        readonly subPath?: string | null;
      } | null;
    } | null;
    /** Volume for experiment and job logs (or a cloud store) */
    readonly logs?: {
      /** Bucket or container URL of the logs store */
      readonly bucket?: string | null;
      /**
       * An existing PersistentVolumeClaim to use instead of a host path
       * @default null
       */
      readonly existingClaim?: string | null;
      /**
       * Host path used when there is no existing claim (default: mountPath)
       * @default "/tmp/logs"
       */
      readonly hostPath?: string | null;
      /**
       * Where the volume is mounted in the containers
       * @default "/polyaxon-logs"
       */
      readonly mountPath?: string | null;
      /** Secret holding the logs store credentials */
      readonly secret?: string | null;
      /** Key of the credentials in that secret */
      readonly secretKey?: string | null;
      /** Cloud store for the logs instead of a volume */
      readonly store?: "gcs" | "s3" | "azure" | null;
      /** Sub-path of the volume to mount */
      readonly subPath?: string | null;
    } | null;
    /** Outputs volumes, by name */
    readonly outputs?: {
      readonly [key: string]: {
        /** Bucket or container URL of the cloud store, e.g. gs://data-bucket */
        readonly bucket?: string | null;
        /** An existing PersistentVolumeClaim to mount */
        readonly existingClaim?: string | null;
        /** Host path used when there is no existing claim (default: mountPath) */
        readonly hostPath?: string | null;
        /** Where the volume is mounted in the containers */
        readonly mountPath?: string | null;
        /** Mount the volume read-only */
        readonly readOnly?: boolean | null;
        /** Secret holding the cloud store credentials */
        readonly secret?: string | null;
        /** Key of the credentials in that secret */
        readonly secretKey?: string | null;
        /** Cloud store backing the volume (no mount then) */
        readonly store?: "gcs" | "s3" | "azure" | null;
        /** Sub-path of the volume to mount */
        readonly subPath?: string | null;
      } | null;
    } | null;
    /** Volume for code repositories */
    readonly repos?: {
      /**
       * An existing PersistentVolumeClaim to use instead of a host path
       * @default null
       */
      readonly existingClaim?: string | null;
      /**
       * Host path used when there is no existing claim (default: mountPath)
       * @default "/tmp/repos"
       */
      readonly hostPath?: string | null;
      /**
       * Where the volume is mounted in the containers
       * @default "/polyaxon-repos"
       */
      readonly mountPath?: string | null;
      /** Sub-path of the volume to mount */
      readonly subPath?: string | null;
    } | null;
    /** Volume for uploads (temporary) */
    readonly upload?: {
      /**
       * An existing PersistentVolumeClaim to use instead of a host path
       * @default null
       */
      readonly existingClaim?: string | null;
      /**
       * Host path used when there is no existing claim (default: mountPath)
       * @default "/tmp/upload"
       */
      readonly hostPath?: string | null;
      /**
       * Where the volume is mounted in the containers
       * @default "/tmp/upload"
       */
      readonly mountPath?: string | null;
      /** Sub-path of the volume to mount */
      readonly subPath?: string | null;
    } | null;
  } | null;
  /** Settings of the notebook and tensorboard plugins (POLYAXON_PLUGINS, as JSON) */
  readonly plugins?: {
    /** Notebook plugin */
    readonly notebook?: {
      /**
       * Port of notebooks
       * @default 8888
       */
      readonly port?: number | null;
      readonly [key: string]: unknown;
    } | null;
    /** Tensorboard plugin */
    readonly tensorboard?: {
      /**
       * Port of tensorboards
       * @default 6006
       */
      readonly port?: number | null;
      readonly [key: string]: unknown;
    } | null;
    readonly [key: string]: unknown;
  } | null;
  /** Secret key of the platform (generated at random when unset) */
  readonly polyaxonSecret?: string | null;
  /** Make plugin jobs (notebooks, tensorboards) public */
  readonly publicJobs?: boolean | null;
  /** Role-based access control */
  readonly rbac?: {
    /**
     * Create roles and role bindings for the service accounts
     * @default true
     */
    readonly enabled?: boolean | null;
  } | null;
  /** The daemon set that monitors node resources */
  readonly resourcesDaemon?: {
    /**
     * Enable resourcesDaemon
     * @default true
     */
    readonly enabled?: boolean | null;
    /**
     * Container image of resourcesDaemon
     * @default "polyaxon/polyaxon-monitor-resources"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of resourcesDaemon
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of resourcesDaemon
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /**
     * Keep resourcesDaemon state across restarts
     * @default false
     */
    readonly persists?: boolean | null;
    /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
    /**
     * Seconds resourcesDaemon sleeps between polls
     * @default 1
     */
    readonly sleepInterval?: number | null;
    /**
     * Tolerations of the resources daemon pods
     * @default null
     */
    readonly tolerations?: ReadonlyArray<{
      /** Taint effect to match (empty: all effects) */
      readonly effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute" | "" | null;
      /** Taint key the toleration applies to (empty: all keys) */
      readonly key?: string | null;
      /** How the key relates to the value */
      readonly operator?: "Exists" | "Equal" | null;
      /** How long a NoExecute taint is tolerated */
      readonly tolerationSeconds?: number | null;
      /** Taint value the toleration matches */
      readonly value?: string | null;
    } | null> | null;
  } | null;
  /** Values of the `role` label on the Polyaxon resources */
  readonly roles?: {
    /**
     * role label of the API
     * @default "polyaxon-api"
     */
    readonly api?: string | null;
    /**
     * role label of the configuration resources
     * @default "polyaxon-config"
     */
    readonly config?: string | null;
    /**
     * role label of the dashboard
     * @default "polyaxon-dashboard"
     */
    readonly dashboard?: string | null;
    /**
     * role label of the hooks
     * @default "polyaxon-hooks"
     */
    readonly hooks?: string | null;
    /**
     * role label of the log handlers
     * @default "polyaxon-logs"
     */
    readonly log?: string | null;
    /**
     * role label of the workers
     * @default "polyaxon-workers"
     */
    readonly worker?: string | null;
  } | null;
  /** The scheduler workers */
  readonly scheduler?: {
    /** Celery worker settings for scheduler (each set one becomes a POLYAXON_CELERY_* variable) */
    readonly celery?: {
      /** Broker connection pool size (POLYAXON_CELERY_BROKER_POOL_LIMIT) */
      readonly brokerPoolLimit?: string | number | null;
      /** Wait for the broker to confirm published messages (POLYAXON_CELERY_CONFIRM_PUBLISH) */
      readonly confirmPublish?: string | boolean | null;
      /** Run tasks locally instead of through the broker (POLYAXON_CELERY_TASK_ALWAYS_EAGER) */
      readonly taskAlwaysEager?: string | boolean | null;
      /** Report tasks as started (POLYAXON_CELERY_TASK_TRACK_STARTED) */
      readonly taskTrackStarted?: string | boolean | null;
      /** Resident memory (KiB) after which a worker process is replaced (POLYAXON_CELERY_WORKER_MAX_MEMORY_PER_CHILD) */
      readonly workerMaxMemoryPerChild?: string | number | null;
      /** Tasks a worker process runs before it is replaced (POLYAXON_CELERY_WORKER_MAX_TASKS_PER_CHILD) */
      readonly workerMaxTasksPerChild?: string | number | null;
      /** Messages prefetched per worker process (POLYAXON_CELERY_WORKER_PREFETCH_MULTIPLIER) */
      readonly workerPrefetchMultiplier?: string | number | null;
    } | null;
    /**
     * Worker processes per scheduler pod (Celery concurrency)
     * @default 2
     */
    readonly concurrency?: number | null;
    /**
     * Container image of scheduler
     * @default "polyaxon/polyaxon-scheduler"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of scheduler
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of scheduler
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /**
     * Number of scheduler replicas
     * @default 1
     */
    readonly replicas?: number | null;
    /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
  } | null;
  /** User and group the Polyaxon containers run as (beta) */
  readonly securityContext?: {
    /**
     * Run the containers as securityContext.user / group
     * @default false
     */
    readonly enabled?: boolean | null;
    /**
     * Group ID of the containers
     * @default 2222
     */
    readonly group?: number | null;
    /**
     * User ID of the containers
     * @default 2222
     */
    readonly user?: number | null;
  } | null;
  /**
   * Type of the API service: LoadBalancer, or NodePort / ClusterIP behind an ingress
   * @default "LoadBalancer"
   */
  readonly serviceType?: "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName" | null;
  /** Serve HTTPS from the API itself (with a NodePort service) */
  readonly ssl?: {
    /** Enable SSL (needs secretName) */
    readonly enabled?: boolean | null;
    /** Where the certificate secret is mounted (default /etc/ssl) */
    readonly path?: string | null;
    /** Secret with the certificate and key, mounted in the API pod */
    readonly secretName?: string | null;
  } | null;
  /** The streams (websocket) server */
  readonly streams?: {
    /**
     * Container image of streams
     * @default "polyaxon/polyaxon-streams"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of streams
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of streams
     * @default "0.5.5"
     */
    readonly imageTag?: string | null;
    /** CPU/memory resource requests and limits (Kubernetes ResourceRequirements) */
    readonly resources?: {
      /** Dynamic resource claims used by the container */
      readonly claims?: ReadonlyArray<{
        readonly [key: string]: unknown;
      } | null> | null;
      /** Resource limits, e.g. cpu: 500m, memory: 1Gi */
      readonly limits?: {
        readonly [key: string]: string | number | null;
      } | null;
      /** Resource requests, e.g. cpu: 100m, memory: 128Mi */
      readonly requests?: {
        readonly [key: string]: string | number | null;
      } | null;
    } | null;
    /** The streams service */
    readonly service?: {
      /**
       * Port the streams container listens on
       * @default 1337
       */
      readonly internalPort?: number | null;
      /**
       * Name of the streams service port
       * @default "streams"
       */
      readonly name?: string | null;
    } | null;
  } | null;
  /** The hook job that creates the database tables */
  readonly tablesHook?: {
    /**
     * Container image of tablesHook
     * @default "polyaxon/polyaxon-tables"
     */
    readonly image?: string | null;
    /**
     * Image pull policy of tablesHook
     * @default "Always"
     */
    readonly imagePullPolicy?: "Always" | "IfNotPresent" | "Never" | null;
    /**
     * Container image tag of tablesHook
     * @default "0.4.4"
     */
    readonly imageTag?: string | null;
  } | null;
  /**
   * Time zone of the platform, e.g. UTC or Europe/Berlin
   * @default "UTC"
   */
  readonly timeZone?: string | null;
  /** Tolerations of the Polyaxon core pods */
  readonly tolerations?: ReadonlyArray<{
    /** Taint effect to match (empty: all effects) */
    readonly effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute" | "" | null;
    /** Taint key the toleration applies to (empty: all keys) */
    readonly key?: string | null;
    /** How the key relates to the value */
    readonly operator?: "Exists" | "Equal" | null;
    /** How long a NoExecute taint is tolerated */
    readonly tolerationSeconds?: number | null;
    /** Taint value the toleration matches */
    readonly value?: string | null;
  } | null> | null;
  /** Resource key of TPUs */
  readonly tpuResourceKey?: string | null;
  /** TensorFlow version of TPU jobs */
  readonly tpuTensorflowVersion?: string | null;
  /** Tracker backend (default publisher) */
  readonly trackerBackend?: string | null;
  /** Values of the `type` label on the Polyaxon resources */
  readonly types?: {
    /**
     * type label of the configuration resources
     * @default "polyaxon-config"
     */
    readonly config?: string | null;
    /**
     * type label of the core components
     * @default "polyaxon-core"
     */
    readonly core?: string | null;
    /**
     * type label of the runner components
     * @default "polyaxon-runner"
     */
    readonly runner?: string | null;
  } | null;
  /** The initial admin user */
  readonly user?: {
    /**
     * Admin user email
     * @default "root@polyaxon.local"
     */
    readonly email?: string | null;
    /**
     * Admin user password
     * @default "rootpassword"
     */
    readonly password?: string | null;
    /**
     * Admin user name
     * @default "root"
     */
    readonly username?: string | null;
  } | null;
  /** The postgresql subchart (in-cluster PostgreSQL) */
  readonly postgresql?: PostgresqlValues | null;
  /** The redis subchart (in-cluster Redis) */
  readonly redis?: RedisValues | null;
  /** The rabbitmq-ha subchart (in-cluster RabbitMQ) */
  readonly "rabbitmq-ha"?: RabbitmqHaValues | null;
  /** The docker-registry subchart (in-cluster image registry) */
  readonly "docker-registry"?: DockerRegistryValues | null;
}
