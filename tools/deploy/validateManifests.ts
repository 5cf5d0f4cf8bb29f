/**
 * Checks rendered Kubernetes objects against the API's schemas, as bundled (with the validation
 * code) by kubernetes-models: every kind this chart renders must be known and valid.
 */
export async function validateManifests(documents: Record<string, any>[]): Promise<string[]> {
  const problems: string[] = [];
  for (const doc of documents) {
    const where = `${doc.kind}/${doc.metadata?.name}`;
    const [group, version] = String(doc.apiVersion).includes('/') ? String(doc.apiVersion).split('/') : [undefined, String(doc.apiVersion)];
    const modulePath = group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
    const models = (await import(modulePath).catch(() => undefined)) as Record<string, new (data: unknown) => { validate(): void }> | undefined;
    const Model = models?.[doc.kind];
    if (!Model) {
      problems.push(`${where}: ${doc.apiVersion} ${doc.kind} is not a Kubernetes kind`);
      continue;
    }
    try {
      new Model(doc).validate();
    } catch (err) {
      problems.push(`${where}: ${(err as Error).message}`);
    }
  }
  return problems;
}
