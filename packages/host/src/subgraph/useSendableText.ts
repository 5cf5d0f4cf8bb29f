import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, GraphQLError, visit, type ASTNode, type DocumentNode } from 'graphql';
import { codedError } from '@stx/errors';
import { nonXmlCharacter } from '@stx/secutix-contract';

interface Unsendable {
  /** where: `$input.firstName`, or the argument's name for a string written in the document */
  where: string;
  character: string;
  node?: ASTNode;
}

/**
 * Text SecuTix cannot take is refused before any resolver runs, whichever field it is meant for:
 * SecuTix reads XML 1.0 (docs/secutix/contract.md, "Money, ids, texts"), where a NUL or another
 * control character makes the whole envelope malformed, and a name or an address holding one
 * would fail there, or be stored in a form its owner cannot read back. Every string of the
 * operation is checked, the document's and the variables', in one pass over each.
 */
export function useSendableText<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const found = inVariables(request.variables) ?? inDocument(document);
          if (!found) return;
          const message = `${found.where} holds ${found.character}, which SecuTix cannot take: its services read XML 1.0 text, where no control character but tab, line feed and carriage return, and no U+FFFE, U+FFFF or half surrogate pair, can travel`;
          // Apollo Server answers an error thrown here with 500 unless it names another status
          const { extensions } = codedError('BAD_USER_INPUT', message, { http: { status: 400 } });
          throw new GraphQLError(message, { nodes: found.node, extensions });
        },
      };
    },
  };
}

/** a value of the variables and how it was reached: the path is spelt only for the one found */
interface Step {
  value: unknown;
  key: string | number;
  parent?: Step;
}

/** the first string of the variables holding an unsendable character, walked without recursion (JSON may nest deep) */
function inVariables(variables: Record<string, unknown> | undefined): Unsendable | undefined {
  const pending: Step[] = Object.entries(variables ?? {}).map(([name, value]) => ({ value, key: `$${name}` }));
  while (pending.length > 0) {
    const step = pending.pop()!;
    const { value } = step;
    if (typeof value === 'string') {
      const character = nonXmlCharacter(value);
      if (character) return { where: pathOf(step), character };
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => pending.push({ value: item, key: i, parent: step }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) pending.push({ value: item, key, parent: step });
    }
  }
  return undefined;
}

/** `$input.lines[2].name`, its middle left out past a few dozen steps (variables may nest thousands deep) */
function pathOf(found: Step): string {
  const parts: string[] = [];
  for (let step: Step | undefined = found; step; step = step.parent) parts.push(typeof step.key === 'number' ? `[${step.key}]` : step.parent ? `.${step.key}` : step.key);
  parts.reverse();
  return parts.length <= 40 ? parts.join('') : `${parts.slice(0, 20).join('')}…${parts.slice(-20).join('')}`;
}

/** per document: Apollo Server parses a query text once and hands the same document to every request */
const checkedDocuments = new WeakMap<DocumentNode, Unsendable | null>();

/** the first string written in the document holding one, named by its argument */
function inDocument(document: DocumentNode): Unsendable | undefined {
  let found = checkedDocuments.get(document);
  if (found === undefined) checkedDocuments.set(document, (found = firstInDocument(document) ?? null));
  return found ?? undefined;
}

function firstInDocument(document: DocumentNode): Unsendable | undefined {
  let found: Unsendable | undefined;
  let argument = 'a string of the operation';
  visit(document, {
    Argument: (node) => void (argument = `argument ${node.name.value}`),
    StringValue(node) {
      const character = nonXmlCharacter(node.value);
      if (!character) return undefined;
      found = { where: argument, character, node };
      return BREAK;
    },
  });
  return found;
}
