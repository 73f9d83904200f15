import DataLoader from 'dataloader';
import type { CaseStudyLongTexts, CaseStudyService, ReuseService, TopicEntity } from '@ikone/knowledge';
import { perRequest } from '../../graphql/gql-context';
import type { GqlContext } from '../../graphql/gql-context';

function fromMap<V>(keys: readonly string[], map: Map<string, V[]>): V[][] {
  return keys.map((k) => map.get(k) ?? []);
}

/** Per-request loaders of the case-study fields that live in other tables. */
export function caseStudyLoaders(ctx: GqlContext, caseStudies: CaseStudyService, reuse: ReuseService) {
  return perRequest(ctx, 'caseStudy', () => ({
    topics: new DataLoader<string, TopicEntity[]>(async (ids) => fromMap(ids, await caseStudies.topicsFor(ids))),
    coOwnerIds: new DataLoader<string, string[]>(async (ids) => fromMap(ids, await caseStudies.coOwnerIdsFor(ids))),
    partnerIds: new DataLoader<string, string[]>(async (ids) => fromMap(ids, await caseStudies.partnerIdsFor(ids))),
    adopterIds: new DataLoader<string, string[]>(async (ids) => fromMap(ids, await reuse.adoptersFor(ids))),
    longTexts: new DataLoader<string, CaseStudyLongTexts | null>(async (ids) => {
      const map = await caseStudies.longTextsFor(ids);
      return ids.map((id) => map.get(id) ?? null);
    }),
  }));
}
