import { validateManifests } from './validateManifests';

/**
 * Validates the JSON array of objects on stdin and prints the problems as JSON. kubernetes-models
 * is published as ES modules only, which Jest's CommonJS runtime cannot load: tests go through this.
 */
let input = '';
process.stdin.on('data', (chunk) => (input += String(chunk)));
process.stdin.on('end', () => {
  validateManifests(JSON.parse(input) as Record<string, unknown>[]).then((problems) => process.stdout.write(JSON.stringify(problems)));
});
