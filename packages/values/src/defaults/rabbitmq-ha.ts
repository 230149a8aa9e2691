// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/gen-defaults.mjs <reference chart dir>
// Source: values.yaml of the rabbitmq-ha chart 1.27.1.

import type { GoMap } from '../go-value.js';
import type { RabbitmqHaValues } from '../values-types.js';
import { goMap, type Literal } from './_literal.js';

/**
 * The rabbitmq-ha 1.27.1 chart's values.yaml as Helm v3.17.3 reads it: YAML 1.1
 * through JSON, so every number is a float64. Each call returns a fresh copy. The literal is
 * checked against RabbitmqHaValues, generated from values.schema.json (scripts/gen-schema.mjs).
 */
export function rabbitmqHaDefaults(): GoMap {
  return goMap({
    __proto__: null,
    // RabbitMQ application credentials
    // Ref: http://rabbitmq.com/access-control.html
    //
    rabbitmqUsername: 'guest',
    // rabbitmqPassword:

    // RabbitMQ Management user used for health checks
    managementUsername: 'management',
    // managementPassword:

    // Place any additional key/value configuration to add to rabbitmq.conf
    // Ref: https://www.rabbitmq.com/configure.html#config-items
    extraConfig: '',
    //  queue_master_locator = min-masters

    // Place advanced.config file in /etc/rabbitmq/advanced.config
    // Ref: https://www.rabbitmq.com/configure.html#advanced-config-file
    advancedConfig: '',

    // Definitions specification within the secret, will always be mounted
    // at /etc/definitions/defintions.json
    definitionsSource: 'definitions.json',

    // Place any additional plugins to enable in /etc/rabbitmq/enabled_plugins
    // Ref: https://www.rabbitmq.com/plugins.html
    extraPlugins: 'rabbitmq_shovel,\nrabbitmq_shovel_management,\nrabbitmq_federation,\nrabbitmq_federation_management,\n',

    definitions: { __proto__: null,
      users: '',
      //   {
      //     "name": "myUsername",
      //     "password": "myPassword",
      //     "tags": "administrator"
      //   }
      vhosts: '',
      //   {
      //     "name": "/rabbit"
      //   }
      parameters: '',
      //   {
      //     "value": {
      //       "src-uri": "amqp://localhost",
      //       "src-queue": "source",
      //       "dest-uri": "amqp://localhost",
      //       "dest-queue": "destination",
      //       "add-forward-headers": false,
      //       "ack-mode": "on-confirm",
      //       "delete-after": "never"
      //     },
      //     "vhost": "/",
      //     "component": "shovel",
      //     "name": "test"
      //   }
      permissions: '',
      //   {
      //     "user": "myUsername",
      //     "vhost": "/rabbit",
      //     "configure": ".*",
      //     "write": ".*",
      //     "read": ".*"
      //   }
      queues: '',
      //    {
      //       "name":"myName",
      //       "vhost":"/rabbit",
      //       "durable":true,
      //       "auto_delete":false,
      //       "arguments":{}
      //    }
      exchanges: '',
      //    {
      //       "name":"myName",
      //       "vhost":"/rabbit",
      //       "type":"direct",
      //       "durable":true,
      //       "auto_delete":false,
      //       "internal":false,
      //       "arguments":{}
      //    }
      bindings: '',
      //    {
      //       "source":"myName",
      //       "vhost":"/rabbit",
      //       "destination":"myName",
      //       "destination_type":"queue",
      //       "routing_key":"myKey",
      //       "arguments":{}
      //    }
      // Sets the policies in definitions.json. This can be used to control the high
      // availability of queues by mirroring them to multiple nodes.
      // Ref: https://www.rabbitmq.com/ha.html
      policies: '',
    },
    //    {
    //      "name": "ha-all",
    //      "pattern": ".*",
    //      "vhost": "/",
    //      "definition": {
    //        "ha-mode": "all",
    //        "ha-sync-mode": "automatic",
    //        "ha-sync-batch-size": 1
    //      }
    //    }

    // RabbitMQ default VirtualHost
    // Ref: https://www.rabbitmq.com/vhosts.html
    //
    rabbitmqVhost: '/',

    // Erlang cookie to determine whether different nodes are allowed to communicate with each other
    // Ref: https://www.rabbitmq.com/clustering.html
    //
    // rabbitmqErlangCookie:

    // RabbitMQ Memory high watermark
    // Ref: http://www.rabbitmq.com/memory.html
    //
    rabbitmqMemoryHighWatermark: '256MB',
    rabbitmqMemoryHighWatermarkType: 'absolute',

    // EPMD port for peer discovery service used by RabbitMQ nodes and CLI tools
    // Ref: https://www.rabbitmq.com/clustering.html
    //
    rabbitmqEpmdPort: 4369,

    // Node port
    rabbitmqNodePort: 5672,

    // Manager port
    rabbitmqManagerPort: 15672,

    // Set to true to precompile parts of RabbitMQ with HiPE, a just-in-time
    // compiler for Erlang. This will increase server throughput at the cost of
    // increased startup time. You might see 20-50% better performance at the cost
    // of a few minutes delay at startup.
    rabbitmqHipeCompile: false,

    // SSL certificates
    // Red: http://www.rabbitmq.com/ssl.html
    rabbitmqCert: { __proto__: null,
      enabled: false,

      // Specifies an existing secret to be used for SSL Certs
      existingSecret: '',

      // Create a new secret using these values
      cacertfile: '',
      certfile: '',
      keyfile: '',
    },

    // Extra volumes for statefulset
    extraVolumes: [],

    // Extra volume mounts for statefulset
    extraVolumeMounts: [],

    // Authentication mechanism
    // Ref: http://www.rabbitmq.com/authentication.html
    rabbitmqAuth: { __proto__: null,
      enabled: false,

      config: '# auth_mechanisms.1 = PLAIN\n# auth_mechanisms.2 = AMQPLAIN\n# auth_mechanisms.3 = EXTERNAL\n',
    },

    // Automatic Partition Handling Strategy (split brain handling)
    // Ref: https://www.rabbitmq.com/partitions.html#automatic-handling
    // Note: pause-if-all-down is not supported without using a custom configmap since it requires extra
    // configuration.

    rabbitmqClusterPartitionHandling: 'autoheal',

    // Authentication backend
    // Ref: https://github.com/rabbitmq/rabbitmq-auth-backend-http
    rabbitmqAuthHTTP: { __proto__: null,
      enabled: false,

      config: '# auth_backends.1 = http\n# auth_http.user_path     = http://some-server/auth/user\n# auth_http.vhost_path    = http://some-server/auth/vhost\n# auth_http.resource_path = http://some-server/auth/resource\n# auth_http.topic_path    = http://some-server/auth/topic\n',
    },

    // LDAP Plugin
    // Ref: http://www.rabbitmq.com/ldap.html
    rabbitmqLDAPPlugin: { __proto__: null,
      enabled: false,

      // LDAP configuration:
      config: '# auth_backends.1 = ldap\n# auth_ldap.servers.1  = my-ldap-server\n# auth_ldap.user_dn_pattern = cn=${username},ou=People,dc=example,dc=com\n# auth_ldap.use_ssl    = false\n# auth_ldap.port       = 389\n# auth_ldap.log        = false\n',
    },

    // MQTT Plugin
    // Ref: http://www.rabbitmq.com/mqtt.html
    rabbitmqMQTTPlugin: { __proto__: null,
      enabled: false,

      // MQTT configuration:
      config: '# mqtt.default_user     = guest\n# mqtt.default_pass     = guest\n# mqtt.allow_anonymous  = true\n',
    },

    // Web MQTT Plugin
    // Ref: http://www.rabbitmq.com/web-mqtt.html
    rabbitmqWebMQTTPlugin: { __proto__: null,
      enabled: false,

      // Web MQTT configuration:
      config: '# web_mqtt.ssl.port       = 12345\n# web_mqtt.ssl.backlog    = 1024\n# web_mqtt.ssl.certfile   = /etc/cert/cacert.pem\n# web_mqtt.ssl.keyfile    = /etc/cert/cert.pem\n# web_mqtt.ssl.cacertfile = /etc/cert/key.pem\n# web_mqtt.ssl.password   = changeme\n',
    },

    // STOMP Plugin
    // Ref: http://www.rabbitmq.com/stomp.html
    rabbitmqSTOMPPlugin: { __proto__: null,
      enabled: false,

      // STOMP configuration:
      config: '# stomp.default_user = guest\n# stomp.default_pass = guest\n',
    },

    // Web STOMP Plugin
    // Ref: http://www.rabbitmq.com/web-stomp.html
    rabbitmqWebSTOMPPlugin: { __proto__: null,
      enabled: false,

      // Web STOMP configuration:
      config: '# web_stomp.ws_frame = binary\n# web_stomp.cowboy_opts.max_keepalive = 10\n',
    },

    // AMQPS support
    // Ref: http://www.rabbitmq.com/ssl.html
    rabbitmqAmqpsSupport: { __proto__: null,
      enabled: false,

      // NodePort
      amqpsNodePort: 5671,

      // SSL configuration
      config: '# listeners.ssl.default             = 5671\n# ssl_options.cacertfile            = /etc/cert/cacert.pem\n# ssl_options.certfile              = /etc/cert/cert.pem\n# ssl_options.keyfile               = /etc/cert/key.pem\n# ssl_options.verify                = verify_peer\n# ssl_options.fail_if_no_peer_cert  = false\n',
    },

    // Number of replicas
    replicaCount: 3,

    image: { __proto__: null,
      repository: 'rabbitmq',
      tag: '3.7.12-alpine',
      pullPolicy: 'IfNotPresent',
      // Optionally specify an array of imagePullSecrets.
      // Secrets must be manually created in the namespace.
      // ref: https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/
      //
      // pullSecrets:
      //   - myRegistrKeySecretName
    },

    busyboxImage: { __proto__: null,
      repository: 'busybox',
      tag: 'latest',
      pullPolicy: 'Always',
    },

    // Duration in seconds the pod needs to terminate gracefully
    terminationGracePeriodSeconds: 10,

    service: { __proto__: null,
      annotations: { __proto__: null },
      clusterIP: 'None',

      // List of IP addresses at which the service is available
      // Ref: https://kubernetes.io/docs/user-guide/services/#external-ips
      //
      externalIPs: [],

      loadBalancerIP: '',
      loadBalancerSourceRanges: [],
      type: 'ClusterIP',

      // Customize nodePort number when the service type is NodePort
      // Ref: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types
      //
      epmdNodePort: null,
      amqpNodePort: null,
      managerNodePort: null,
    },

    podManagementPolicy: 'OrderedReady',

    // Statefulsets rolling update update strategy
    // Ref: https://kubernetes.io/docs/tutorials/stateful-application/basic-stateful-set/#rolling-update
    //
    updateStrategy: 'OnDelete',

    // Statefulsets Pod Priority
    // Ref: https://kubernetes.io/docs/concepts/configuration/pod-priority-preemption/#priorityclass
    // priorityClassName: ""

    // We usually recommend not to specify default resources and to leave this as
    // a conscious choice for the user. This also increases chances charts run on
    // environments with little resources, such as Minikube. If you do want to
    // specify resources, uncomment the following lines, adjust them as necessary,
    // and remove the curly braces after 'resources:'.
    // If you decide to set the memory limit, make sure to also change the
    // rabbitmqMemoryHighWatermark following the formula:
    //   rabbitmqMemoryHighWatermark = 0.4 * resources.limits.memory
    //
    resources: { __proto__: null },
    // limits:
    //   cpu: 100m
    //   memory: 1Gi
    // requests:
    //   cpu: 100m
    //   memory: 1Gi
    initContainer: { __proto__: null,
      resources: { __proto__: null },
      //   limits:
      //     cpu: 100m
      //     memory: 128Mi
      //   requests:
      //     cpu: 100m
      //     memory: 128Mi
    },

    // Use an alternate scheduler, e.g. "stork".
    // ref: https://kubernetes.io/docs/tasks/administer-cluster/configure-multiple-schedulers/
    //
    // schedulerName:

    // Data Persistency
    persistentVolume: { __proto__: null,
      enabled: false,
      // If defined, storageClassName: <storageClass>
      // If set to "-", storageClassName: "", which disables dynamic provisioning
      // If undefined (the default) or set to null, no storageClassName spec is
      //   set, choosing the default provisioner.  (gp2 on AWS, standard on
      //   GKE, AWS & OpenStack)
      //
      // storageClass: "-"
      name: 'data',
      accessModes: ['ReadWriteOnce'],
      size: '8Gi',
      annotations: { __proto__: null },
    },

    // Node labels for pod assignment
    // Ref: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/#nodeselector
    //
    nodeSelector: { __proto__: null },

    // Node tolerations for pod assignment
    // Ref: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/#taints-and-tolerations-beta-feature
    //
    tolerations: [],

    // Extra Annotations to be added to pod
    podAnnotations: { __proto__: null },

    // Pod affinity
    // Ref: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/#affinity-and-anti-affinity
    podAntiAffinity: 'soft',
    podAntiAffinityTopologyKey: 'kubernetes.io/hostname',

    // Create default configMap
    //
    existingConfigMap: false,

    // Add additional labels to all resources
    //
    extraLabels: { __proto__: null },

    // Role Based Access
    // Ref: https://kubernetes.io/docs/admin/authorization/rbac/
    //
    rbac: { __proto__: null,
      create: true,
    },

    // Service Account
    // Ref: https://kubernetes.io/docs/admin/service-accounts-admin/
    //
    serviceAccount: { __proto__: null,
      create: true,

      // The name of the ServiceAccount to use.
      // If not set and create is true, a name is generated using the fullname template
      // name:
    },

    ingress: { __proto__: null,
      // Set to true to enable ingress record generation
      enabled: false,

      path: '/',

      // The list of hostnames to be covered with this ingress record.
      // Most likely this will be just one host, but in the event more hosts are needed, this is an array
      // hostName: foo.bar.com

      // Set this to true in order to enable TLS on the ingress record
      tls: false,

      // If TLS is set to true, you must declare what secret will store the key/certificate for TLS
      tlsSecret: 'myTlsSecret',

      // Ingress annotations done as key:value pairs
      annotations: null,
      //  kubernetes.io/ingress.class: nginx
    },

    livenessProbe: { __proto__: null,
      initialDelaySeconds: 120,
      periodSeconds: 10,
      timeoutSeconds: 5,
      failureThreshold: 6,
    },

    readinessProbe: { __proto__: null,
      failureThreshold: 6,
      initialDelaySeconds: 20,
      timeoutSeconds: 3,
      periodSeconds: 5,
    },

    // Specifies an existing secret to be used for RMQ password, management user password and Erlang Cookie
    existingSecret: '',

    // ref: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
    //
    securityContext: { __proto__: null,
      fsGroup: 101,
      runAsGroup: 101,
      runAsNonRoot: true,
      runAsUser: 100,
    },

    prometheus: { __proto__: null,
      // Configures Prometheus Exporter to expose and scrape stats.
      exporter: { __proto__: null,
        enabled: false,
        env: { __proto__: null },
        image: { __proto__: null,
          repository: 'kbudde/rabbitmq-exporter',
          tag: 'v0.29.0',
          pullPolicy: 'IfNotPresent',
        },

        // Port Prometheus scrapes for metrics
        port: 9090,
        // Comma-separated list of extended scraping capabilities supported by the target RabbitMQ server
        capabilities: 'bert,no_sort',

        // Allow overriding of container resources
        resources: { __proto__: null },
        // limits:
        //   cpu: 200m
        //   memory: 1Gi
        // requests:
        //   cpu: 100m
        //   memory: 100Mi
      },

      // Prometheus is using Operator.  Setting to true will create Operator specific resources like ServiceMonitors and Alerts
      operator: { __proto__: null,
        // Are you using Prometheus Operator? [Blog Post](https://coreos.com/blog/the-prometheus-operator.html)
        enabled: true,

        // Configures Alerts, which will be setup via Prometheus Operator / ConfigMaps.
        alerts: { __proto__: null,
          // Prometheus exporter must be enabled as well
          enabled: true,

          // Selector must be configured to match Prometheus Install, defaulting to whats done by Prometheus Operator
          // See [CoreOS Prometheus Chart](https://github.com/coreos/prometheus-operator/tree/master/helm)
          selector: { __proto__: null,
            role: 'alert-rules',
          },
          labels: { __proto__: null },
        },

        serviceMonitor: { __proto__: null,
          // Interval at which Prometheus scrapes RabbitMQ Exporter
          interval: '10s',

          // Namespace Prometheus is installed in
          namespace: 'monitoring',

          // Defaults to whats used if you follow CoreOS [Prometheus Install Instructions](https://github.com/coreos/prometheus-operator/tree/master/helm#tldr)
          // [Prometheus Selector Label](https://github.com/coreos/prometheus-operator/blob/master/helm/prometheus/templates/prometheus.yaml#L65)
          // [Kube Prometheus Selector Label](https://github.com/coreos/prometheus-operator/blob/master/helm/kube-prometheus/values.yaml#L298)
          selector: { __proto__: null,
            prometheus: 'kube-prometheus',
          },
        },
      },
    },

    // Kubernetes Cluster Domain
    clusterDomain: 'cluster.local',

    // Pod Disruption Budget
    podDisruptionBudget: { __proto__: null },
    // maxUnavailable: 1
    // minAvailable: 1
  } satisfies Literal<RabbitmqHaValues>);
}
