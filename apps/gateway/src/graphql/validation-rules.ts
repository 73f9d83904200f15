import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

const LIST_SIZE_ARGS = ['first', 'last', 'limit'];

function limitError(message: string, messageEn: string): GraphQLError {
  // BAD_USER_INPUT: the client asked for more than any legitimate screen needs.
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', messageEn } });
}

/**
 * Rejects operations that nest deeper than `maxDepth`, use more than `maxAliases` aliases, or
 * cost more than `maxCost`: each field costs 1, multiplied by the page size (`first`) of every
 * list above it. Fragments are expanded; variables in `first` count at their default or 100.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }

    const listSize = (field: FieldNode): number => {
      const arg = field.arguments?.find((a) => LIST_SIZE_ARGS.includes(a.name.value));
      if (!arg) return 1;
      if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
      return 100;
    };

    const walk = (
      set: SelectionSetNode,
      depth: number,
      multiplier: number,
      seen: Set<string>,
      totals: { aliases: number; cost: number; depth: number },
    ): void => {
      totals.depth = Math.max(totals.depth, depth);
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) totals.aliases++;
          if (selection.name.value.startsWith('__')) continue;
          totals.cost += multiplier;
          if (selection.selectionSet) {
            const size = selection.arguments?.length ? listSize(selection) : 1;
            // Connection fields multiply what is selected beneath them.
            walk(selection.selectionSet, depth + 1, multiplier * (size > 1 ? size : 1), seen, totals);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          walk(selection.selectionSet, depth, multiplier, seen, totals);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          walk(fragment.selectionSet, depth, multiplier, new Set([...seen, name]), totals);
        }
      }
    };

    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const totals = { aliases: 0, cost: 0, depth: 0 };
        walk(node.selectionSet, 1, 1, new Set(), totals);
        if (totals.depth > limits.maxDepth) {
          context.reportError(limitError(
            `Die Anfrage ist zu tief verschachtelt (${totals.depth} Ebenen, erlaubt sind ${limits.maxDepth}).`,
            `The query is nested too deeply (${totals.depth} levels, ${limits.maxDepth} allowed).`,
          ));
        }
        if (totals.aliases > limits.maxAliases) {
          context.reportError(limitError(
            `Die Anfrage verwendet zu viele Aliasse (${totals.aliases}, erlaubt sind ${limits.maxAliases}).`,
            `The query uses too many aliases (${totals.aliases}, ${limits.maxAliases} allowed).`,
          ));
        }
        if (totals.cost > limits.maxCost) {
          context.reportError(limitError(
            `Die Anfrage ist zu aufwendig (Kosten ${totals.cost}, erlaubt sind ${limits.maxCost}).`,
            `The query is too expensive (cost ${totals.cost}, ${limits.maxCost} allowed).`,
          ));
        }
      },
    };
  };
}
