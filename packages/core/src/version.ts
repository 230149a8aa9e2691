/** The tool's version and what it renders. */
export const toolVersion = '0.1.0';

export function chartVersions(): string {
  return 'chart polyaxon 0.5.5 with postgresql 0.8.7, rabbitmq-ha 1.27.1, redis 7.0.0, docker-registry 1.7.1; Helm v3.17.3 semantics';
}
