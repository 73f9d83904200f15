import { Args, ArgsType, Context, createUnionType, Field, Float, Info, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Kind } from 'graphql';
import type { GraphQLResolveInfo, SelectionNode } from 'graphql';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SearchService } from '@ikone/knowledge';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { msg } from '../graphql/validation-messages';
import { CaseStudyModel, toCaseStudyModel } from './case-studies/case-study.model';
import { EventModel, toEventModel } from './events/event.model';
import { Public } from '../auth/access';

export const SearchResultUnion = createUnionType({
  name: 'SearchResult',
  types: () => [CaseStudyModel, EventModel] as const,
  resolveType: (value: CaseStudyModel | EventModel) => ('slug' in value ? CaseStudyModel : EventModel),
});

@ObjectType('SearchEdge')
export class SearchEdgeModel {
  @Field() cursor!: string;
  @Field(() => Float, { description: 'Relevanz (Titel vor Kurzfassung vor Text)' }) score!: number;
  @Field({ description: 'Ausschnitt als HTML; Treffer in <mark>, alles andere maskiert' }) snippet!: string;
  @Field(() => SearchResultUnion) node!: CaseStudyModel | EventModel;
}

@ObjectType('SearchConnection')
export class SearchConnectionModel {
  @Field(() => [SearchEdgeModel]) edges!: SearchEdgeModel[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Suchbegriffe; deutsche Wortformen werden gefunden („Digitalisierung“ findet „digitalisierte“)' })
  @IsString() @MinLength(2, msg.minLength(2)) @MaxLength(200, msg.maxLength(200))
  query!: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt() @Min(1, msg.min(1)) @Max(50, msg.max(50))
  first: number = 20;
}

/** Whether the operation asks for `edges { snippet }` (through fragments too): snippets cost a pass over every hit's text. */
export function selectsSnippet(info: GraphQLResolveInfo): boolean {
  const asks = (selections: readonly SelectionNode[], path: string[]): boolean =>
    selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === path[0] && (path.length === 1 || asks(s.selectionSet?.selections ?? [], path.slice(1)));
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : info.fragments[s.name.value];
      return !!fragment && asks(fragment.selectionSet.selections, path);
    });
  return info.fieldNodes.some((node) => asks(node.selectionSet?.selections ?? [], ['edges', 'snippet']));
}

/** Search across case studies and events. */
@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchConnectionModel, { description: 'Volltextsuche über Praxisbeispiele und Veranstaltungen, beste Treffer zuerst.' })
  @Public()
  async search(@Args() args: SearchArgs, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo): Promise<SearchConnectionModel> {
    const result = await this.searchService.search(actorOf(ctx), args.query, args.first, selectsSnippet(info));
    return {
      totalCount: result.totalCount,
      edges: result.hits
        .filter((h) => h.caseStudy || h.event)
        .map((h, i) => ({
          cursor: String(i + 1),
          score: h.score,
          snippet: h.snippet,
          node: h.caseStudy ? toCaseStudyModel(h.caseStudy) : toEventModel(h.event!),
        })),
    };
  }
}
