import { validate } from 'dockerfile-utils';

/**
 * The Dockerfile: the syntax and instruction checks of dockerfile-utils (the linter of the VS
 * Code Docker extension; hadolint does not install from this machine's registries), and the
 * issue's rules: multi-stage, production dependencies only, a non-root user, the app as command.
 */
export function dockerfilePolicy(content: string): string[] {
  const problems = validate(content).map((d) => `Dockerfile:${d.range.start.line + 1}: ${d.message}`);
  const stages = content.split(/^FROM /m).slice(1);
  if (stages.length < 2) problems.push('Dockerfile: not multi-stage');
  const last = stages[stages.length - 1] ?? '';
  const user = /^USER\s+(\S+)/m.exec(last)?.[1];
  if (!user || user === 'root' || user === '0') problems.push('Dockerfile: the final stage does not switch to a non-root user');
  if (!/npm ci[^\n]*--omit=dev/.test(content)) problems.push('Dockerfile: dependencies are not installed with --omit=dev');
  if (!/^ENTRYPOINT /m.test(last) || !/^CMD /m.test(last)) problems.push('Dockerfile: the app is not chosen by the command (ENTRYPOINT + CMD)');
  return problems;
}
