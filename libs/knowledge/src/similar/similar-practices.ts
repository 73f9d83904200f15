import type { EntityManager } from 'typeorm';
import type { DataSource } from 'typeorm';
import { MUNICIPALITIES_SQL } from '@ikone/membership';

/** Why a practice counts as one "from a municipality like yours" (ADR 0026), strongest first. */
export type SimilarityReason = 'SAME_DISTRICT' | 'SHARED_TOPICS' | 'SAME_KIND' | 'SAME_STATE';

/** A published case study suggested to a municipality, with the signals that brought it. */
export interface SimilarPractice {
  /** The municipality the suggestion is for. */
  forMunicipalityId: string;
  caseStudyId: string;
  title: string;
  slug: string;
  /** The owning municipality of the suggested practice and its kind (for "ebenfalls eine …"). */
  municipalityName: string;
  kind: string;
  state: string;
  reasons: SimilarityReason[];
  /** Topics the practice shares with the municipality's own published practices, by German name. */
  sharedTopicIds: string[];
  sharedTopicsDe: string[];
  sharedTopicsEn: string[];
}

export interface SimilarPracticesOptions {
  /** Whether the reader is signed in (NETWORK practices count); anonymous readers see PUBLIC ones only. */
  signedIn: boolean;
  /** Suggestions per municipality. */
  limit: number;
}

/** How many of the newest practices each pool (a district, a topic, a state…) contributes; bounds the work per municipality. */
const POOL = 20;
/** The topics a municipality works on most (by its own published practices) that count for it. */
const TOPICS = 5;

const KIND_DE: Record<string, string> = {
  GEMEINDE: 'ebenfalls eine Gemeinde',
  STADT: 'ebenfalls eine Stadt',
  VERBANDSGEMEINDE: 'ebenfalls eine Verbandsgemeinde',
  LANDKREIS: 'ebenfalls ein Landkreis',
};
const KIND_EN: Record<string, string> = {
  GEMEINDE: 'also a municipality',
  STADT: 'also a town',
  VERBANDSGEMEINDE: 'also a Verbandsgemeinde',
  LANDKREIS: 'also a district',
};
/** Bundesländer by the code municipalities carry (SPEC §2 `state`). */
export const STATE_NAMES: Record<string, { de: string; en: string }> = {
  BW: { de: 'Baden-Württemberg', en: 'Baden-Württemberg' }, BY: { de: 'Bayern', en: 'Bavaria' }, BE: { de: 'Berlin', en: 'Berlin' },
  BB: { de: 'Brandenburg', en: 'Brandenburg' }, HB: { de: 'Bremen', en: 'Bremen' }, HH: { de: 'Hamburg', en: 'Hamburg' },
  HE: { de: 'Hessen', en: 'Hesse' }, MV: { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  NI: { de: 'Niedersachsen', en: 'Lower Saxony' }, NW: { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  RP: { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' }, SL: { de: 'Saarland', en: 'Saarland' }, SN: { de: 'Sachsen', en: 'Saxony' },
  ST: { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' }, SH: { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  TH: { de: 'Thüringen', en: 'Thuringia' },
};

/**
 * The one line that explains a suggestion: every signal, strongest first; the state is left
 * out when the district already says it.
 */
export function similarityReason(p: Pick<SimilarPractice, 'reasons' | 'kind' | 'state' | 'sharedTopicsDe' | 'sharedTopicsEn'>, locale: 'de' | 'en'): string {
  const de = locale === 'de';
  const parts: string[] = [];
  for (const reason of p.reasons) {
    if (reason === 'SAME_DISTRICT') parts.push(de ? 'aus dem gleichen Landkreis' : 'from the same district');
    if (reason === 'SHARED_TOPICS') parts.push(`${de ? 'gleiche Themen' : 'same topics'}: ${(de ? p.sharedTopicsDe : p.sharedTopicsEn).join(', ')}`);
    if (reason === 'SAME_KIND') parts.push((de ? KIND_DE : KIND_EN)[p.kind] ?? '');
    if (reason === 'SAME_STATE' && !p.reasons.includes('SAME_DISTRICT')) {
      const name = STATE_NAMES[p.state]?.[locale] ?? p.state;
      parts.push(de ? `aus ${name}` : `from ${name}`);
    }
  }
  return parts.filter(Boolean).join(' · ');
}

/** The district (Kreis) of an AGS: its first five digits. */
const DISTRICT = (alias: string) => `case when ${alias}.ags ~ '^[0-9]{8}$' then left(${alias}.ags, 5) end`;

/**
 * "Kommunen wie Ihre" for many municipalities in one statement (ADR 0026). Candidates come from
 * bounded pools — the newest published practices of each district, topic, topic in a state,
 * kind in a state, and state — so the work per municipality stays constant at network scale.
 * Ranked by: same district, then number of shared topics, then same kind, then same state,
 * then newest; at most one practice per source municipality; never the municipality's own
 * or co-owned; only PUBLISHED practices the reader may see.
 */
export async function similarPractices(
  db: DataSource | EntityManager,
  municipalityIds: readonly string[],
  { signedIn, limit }: SimilarPracticesOptions,
): Promise<SimilarPractice[]> {
  if (municipalityIds.length === 0 || limit <= 0) return [];
  const rows = (await db.query(
    `with target as (
       select m.id, m.kind, m.state, ${DISTRICT('m')} as district from ${MUNICIPALITIES_SQL} m where m.id = any($1::uuid[])
     ),
     own as (
       select c.municipality_id as mid, c.id from case_study c where c.municipality_id = any($1::uuid[]) and c.status = 'PUBLISHED'
       union
       select o.municipality_id, o.case_study_id from case_study_co_owner o join case_study c on c.id = o.case_study_id
        where o.municipality_id = any($1::uuid[]) and c.status = 'PUBLISHED'
     ),
     target_topic as (
       select mid, topic_id from (
         select own.mid, ct.topic_id, row_number() over (partition by own.mid order by count(*) desc, ct.topic_id) as rank
           from own join case_study_topic ct on ct.case_study_id = own.id group by own.mid, ct.topic_id
       ) ranked where rank <= ${TOPICS}
     ),
     visible as (
       select c.id, c.municipality_id, c.published_at, om.kind, om.state, ${DISTRICT('om')} as district, ct.topics
         from case_study c join ${MUNICIPALITIES_SQL} om on om.id = c.municipality_id
         left join (select case_study_id, array_agg(topic_id) as topics from case_study_topic group by case_study_id) ct on ct.case_study_id = c.id
        where c.status = 'PUBLISHED' and ($2::boolean or c.visibility = 'PUBLIC')
     ),
     by_district as (
       select id, district from (select v.id, v.district, row_number() over (partition by v.district order by v.published_at desc, v.id) as r
         from visible v where v.district in (select district from target)) x where r <= ${POOL}
     ),
     by_topic as (
       select id, topic_id, state, r_all, r_state from (
         select v.id, ct.topic_id, v.state,
                row_number() over (partition by ct.topic_id order by v.published_at desc, v.id) as r_all,
                row_number() over (partition by ct.topic_id, v.state order by v.published_at desc, v.id) as r_state
           from visible v join case_study_topic ct on ct.case_study_id = v.id
          where ct.topic_id in (select topic_id from target_topic)) x where r_all <= ${POOL} or r_state <= ${POOL}
     ),
     by_state as (
       select id, state, kind, r_state, r_kind from (
         select v.id, v.state, v.kind,
                row_number() over (partition by v.state order by v.published_at desc, v.id) as r_state,
                row_number() over (partition by v.state, v.kind order by v.published_at desc, v.id) as r_kind
           from visible v where v.state in (select state from target)) x where r_state <= ${POOL} or r_kind <= ${POOL}
     ),
     candidate as (
       select t.id as target_id, p.id from target t join by_district p on p.district = t.district
       union
       select tt.mid, p.id from target_topic tt join by_topic p on p.topic_id = tt.topic_id
        join target t on t.id = tt.mid where p.r_all <= ${POOL} or (p.r_state <= ${POOL} and p.state = t.state)
       union
       select t.id, p.id from target t join by_state p on p.state = t.state where p.r_state <= ${POOL} or (p.r_kind <= ${POOL} and p.kind = t.kind)
     ),
     target_topics as (
       select mid, array_agg(topic_id) as topics from target_topic group by mid
     ),
     scored as materialized (
       select t.id as target_id, v.id, v.municipality_id, v.published_at, v.kind, v.state,
              (t.district is not null and v.district = t.district) as same_district,
              (v.kind = t.kind and t.kind <> 'OTHER') as same_kind,
              (v.state = t.state) as same_state,
              -- From the arrays at hand: a subquery per candidate over target_topic (or case_study_topic)
              -- made the statement quadratic in the municipalities (> 10 min for 3,232 in the bench).
              coalesce(array(select x from unnest(v.topics) x where x = any(tt.topics) order by x), '{}') as shared
         from candidate k join target t on t.id = k.target_id join visible v on v.id = k.id
         left join target_topics tt on tt.mid = k.target_id
        where v.municipality_id <> t.id
          and not exists (select 1 from case_study_co_owner o where o.case_study_id = v.id and o.municipality_id = t.id)
     ),
     ranked as (
       select s.*, row_number() over (partition by s.target_id order by s.same_district desc, cardinality(s.shared) desc,
                                       s.same_kind desc, s.same_state desc, s.published_at desc, s.id) as rank
         from (select s.*, row_number() over (partition by s.target_id, s.municipality_id
                                               order by s.same_district desc, cardinality(s.shared) desc, s.published_at desc, s.id) as per_source
                 from scored s where s.same_district or cardinality(s.shared) > 0 or s.same_kind or s.same_state) s
        where s.per_source = 1
     )
     select r.target_id as "forMunicipalityId", r.id as "caseStudyId", c.title, c.slug, om.name as "municipalityName", r.kind, r.state,
            r.same_district as "sameDistrict", r.same_kind as "sameKind", r.same_state as "sameState", r.shared as "sharedTopicIds",
            coalesce(array(select t.name_de from topic t where t.id = any(r.shared) order by t.name_de), '{}') as "sharedTopicsDe",
            coalesce(array(select t.name_en from topic t where t.id = any(r.shared) order by t.name_de), '{}') as "sharedTopicsEn"
       from ranked r join case_study c on c.id = r.id join ${MUNICIPALITIES_SQL} om on om.id = c.municipality_id
      where r.rank <= $3
      order by r.target_id, r.rank`,
    [municipalityIds, signedIn, limit],
  )) as Array<Omit<SimilarPractice, 'reasons'> & { sameDistrict: boolean; sameKind: boolean; sameState: boolean }>;
  return rows.map(({ sameDistrict, sameKind, sameState, ...row }) => ({
    ...row,
    reasons: [
      ...(sameDistrict ? (['SAME_DISTRICT'] as const) : []),
      ...(row.sharedTopicIds.length > 0 ? (['SHARED_TOPICS'] as const) : []),
      ...(sameKind ? (['SAME_KIND'] as const) : []),
      ...(sameState ? (['SAME_STATE'] as const) : []),
    ],
  }));
}
