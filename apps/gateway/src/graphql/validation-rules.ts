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

/** What a selection set asks for: its nesting (1 = leaves only), aliases and cost at multiplier 1. */
interface Summary {
  depth: number;
  aliases: number;
  cost: number;
}

const EMPTY: Summary = { depth: 0, aliases: 0, cost: 0 };

/**
 * Rejects operations that nest deeper than `maxDepth`, use more than `maxAliases` aliases, or
 * cost more than `maxCost`: each field costs 1, multiplied by the page size (`first`) of every
 * list above it. Fragments are expanded; variables in `first` count at their default or 100.
 *
 * Each fragment is summarised once and the summary reused at every spread, so the rule is
 * linear in the size of the document: a chain of fragments that each spread the next twice
 * costs 2^n in the totals but only n steps to compute. Cost is linear in the multiplier, so a
 * fragment's cost at multiplier 1 scales to any place it is spread.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const summaries = new Map<string, Summary>();
    const inProgress = new Set<string>();

    const listSize = (field: FieldNode): number => {
      const arg = field.arguments?.find((a) => LIST_SIZE_ARGS.includes(a.name.value));
      if (!arg) return 1;
      if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
      return 100;
    };

    const fragmentSummary = (name: string): Summary => {
      const known = summaries.get(name);
      if (known) return known;
      const fragment = fragments.get(name);
      // Unknown fragments and cycles are reported by graphql-js's own rules; count them as empty.
      if (!fragment || inProgress.has(name)) return EMPTY;
      inProgress.add(name);
      const summary = summarize(fragment.selectionSet);
      inProgress.delete(name);
      summaries.set(name, summary);
      return summary;
    };

    const summarize = (set: SelectionSetNode): Summary => {
      let depth = 1;
      let aliases = 0;
      let cost = 0;
      for (const selection of set.selections) {
        let inner: Summary;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) aliases++;
          if (selection.name.value.startsWith('__')) continue;
          cost += 1;
          if (!selection.selectionSet) continue;
          const sub = summarize(selection.selectionSet);
          // Connection fields multiply what is selected beneath them.
          const size = selection.arguments?.length ? listSize(selection) : 1;
          inner = { depth: sub.depth + 1, aliases: sub.aliases, cost: sub.cost * size };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = summarize(selection.selectionSet);
        } else {
          inner = fragmentSummary(selection.name.value);
        }
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
        cost += inner.cost;
      }
      return { depth, aliases, cost };
    };

    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const totals = summarize(node.selectionSet);
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
