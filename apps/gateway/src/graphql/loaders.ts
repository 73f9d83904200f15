import DataLoader from 'dataloader';
import type { MunicipalityEntity, MunicipalityService, PartnerOrganisationEntity, PartnerService, UserEntity, UserService } from '@ikone/membership';
import type { TopicEntity, TopicService } from '@ikone/knowledge';

/** Returns `items` in the order of `keys` (null where missing), as DataLoader requires. */
export function byKey<K, V>(keys: readonly K[], items: V[], key: (item: V) => K): (V | null)[] {
  const map = new Map(items.map((item) => [key(item), item]));
  return keys.map((k) => map.get(k) ?? null);
}

export interface Loaders {
  municipalityById: DataLoader<string, MunicipalityEntity | null>;
  municipalityByAgs: DataLoader<string, MunicipalityEntity | null>;
  userById: DataLoader<string, UserEntity | null>;
  /** ACTIVE officers by municipality id: the contacts of a municipality page. */
  officersByMunicipality: DataLoader<string, UserEntity[]>;
  topicById: DataLoader<string, TopicEntity | null>;
  partnerById: DataLoader<string, PartnerOrganisationEntity | null>;
  /** Topic ids by partner id. */
  partnerTopicIds: DataLoader<string, string[]>;
}

export interface LoaderServices {
  municipalities: MunicipalityService;
  users: UserService;
  topics: TopicService;
  partners: PartnerService;
}

/** Fresh loaders for one request, so nothing is cached across users. */
export function createLoaders(s: LoaderServices): Loaders {
  return {
    municipalityById: new DataLoader(async (ids) => byKey(ids, await s.municipalities.byIds(ids), (m) => m.id)),
    municipalityByAgs: new DataLoader(async (ags) => byKey(ags, await s.municipalities.byAgs(ags), (m) => m.ags ?? '')),
    userById: new DataLoader(async (ids) => byKey(ids, await s.users.byIds(ids), (u) => u.id)),
    officersByMunicipality: new DataLoader(async (ids) => {
      const officers = await s.users.officersOf(ids);
      return ids.map((id) => officers.filter((u) => u.municipalityId === id));
    }),
    topicById: new DataLoader(async (ids) => byKey(ids, await s.topics.byIds(ids), (t) => t.id)),
    partnerById: new DataLoader(async (ids) => byKey(ids, await s.partners.byIds(ids), (p) => p.id)),
    partnerTopicIds: new DataLoader(async (ids) => {
      const rows = await s.partners.topicIds(ids);
      return ids.map((id) => rows.filter((r) => r.partnerId === id).map((r) => r.topicId));
    }),
  };
}
