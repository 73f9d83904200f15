import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ArgumentNode, GraphQLError, Kind, ValueNode, visit } from 'graphql';
import { FieldProblem, InputError } from '@ikone/platform';

/** NUL (PostgreSQL text cannot hold it) or a UTF-16 surrogate without its partner (not Unicode at all). */
// eslint-disable-next-line no-control-regex -- finding the control character is the point
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const PROBLEM = {
  de: 'Enthält ein Nullzeichen oder ungültiges Unicode.',
  en: 'Contains a NUL character or invalid Unicode.',
};

/** Every string anywhere in a JSON value, with its path below `path`; iterative, so no depth overflows it. */
function checkJson(root: unknown, rootPath: string, problems: FieldProblem[]): void {
  const stack: Array<[unknown, string]> = [[root, rootPath]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (BAD_TEXT.test(value)) problems.push({ path, ...PROBLEM });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${path}.${i}`]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push([item, `${path}.${key}`]);
    }
  }
}

function checkLiteral(node: ValueNode, path: string, variables: Record<string, unknown>, problems: FieldProblem[]): void {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      if (BAD_TEXT.test(node.value)) problems.push({ path, ...PROBLEM });
      break;
    case Kind.VARIABLE:
      checkJson(variables[node.name.value], path, problems);
      break;
    case Kind.LIST:
      node.values.forEach((item, i) => checkLiteral(item, `${path}.${i}`, variables, problems));
      break;
    case Kind.OBJECT:
      for (const field of node.fields) checkLiteral(field.value, `${path}.${field.name.value}`, variables, problems);
      break;
    default:
      break;
  }
}

/**
 * Refuses, before anything runs, every operation whose arguments (written in the document or
 * passed as variables) hold a NUL character or an unpaired surrogate: BAD_USER_INPUT naming the
 * argument path (`input.applicantName`), the same shape as the validation pipe's. One check for
 * every operation, so no resolver, service or database sees such text; PostgreSQL would answer
 * it with an error that is not the client's to read.
 */
export function stringCheckPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context: GraphQLRequestContext<object>) {
          const variables = context.request.variables ?? {};
          const problems: FieldProblem[] = [];
          visit(context.document!, {
            Argument(node: ArgumentNode) {
              checkLiteral(node.value, node.name.value, variables, problems);
              return false;
            },
          });
          // Variables the operation does not declare never reach a resolver and are not looked at.
          if (problems.length > 0) {
            const error = new InputError(problems);
            throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
          }
        },
      };
    },
  };
}
