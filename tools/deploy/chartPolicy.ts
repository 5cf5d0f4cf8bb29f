/**
 * What the issue asks of the chart, checked on its rendered objects: per app a Deployment, a
 * Service, a HorizontalPodAutoscaler (unless turned off) and a PodDisruptionBudget; probes on
 * /health and /ready; resources; a non-root, read-only container; secrets only from a Secret.
 */
export function chartPolicy(documents: Record<string, any>[], apps: string[], secretKeys: string[]): string[] {
  const problems: string[] = [];
  const named = (kind: string, app: string) => documents.find((d) => d.kind === kind && d.metadata?.labels?.['app.kubernetes.io/name'] === app);
  for (const app of apps) {
    const deployment = named('Deployment', app);
    if (!deployment) {
      problems.push(`${app}: no Deployment`);
      continue;
    }
    for (const kind of ['Service', 'PodDisruptionBudget']) if (!named(kind, app)) problems.push(`${app}: no ${kind}`);
    if (deployment.spec.replicas === undefined && !named('HorizontalPodAutoscaler', app)) problems.push(`${app}: neither replicas nor a HorizontalPodAutoscaler`);
    const pod = deployment.spec.template.spec;
    if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${app}: pod may run as root`);
    for (const c of pod.containers) {
      if (c.args?.[0] !== app) problems.push(`${app}: container does not start the ${app} app`);
      if (c.livenessProbe?.httpGet?.path !== '/health') problems.push(`${app}: liveness probe is not /health`);
      if (c.readinessProbe?.httpGet?.path !== '/ready') problems.push(`${app}: readiness probe is not /ready`);
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory) problems.push(`${app}: resources incomplete`);
      if (c.securityContext?.readOnlyRootFilesystem !== true || c.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${app}: container not locked down`);
      for (const env of c.env ?? []) {
        if (secretKeys.includes(env.name) && !env.valueFrom?.secretKeyRef) problems.push(`${app}: ${env.name} is not read from a Secret`);
      }
      if (!(c.env ?? []).some((e: any) => e.name === 'REDIS_URL' && e.valueFrom?.secretKeyRef)) problems.push(`${app}: REDIS_URL missing (budgets and locks must be shared)`);
    }
  }
  return problems;
}
