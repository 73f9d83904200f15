import { similarityReason } from './similar-practices';
import type { SimilarPractice } from './similar-practices';

const practice = (p: Partial<SimilarPractice>) => ({ reasons: [], kind: 'GEMEINDE', state: 'RP', sharedTopicsDe: [], sharedTopicsEn: [], ...p }) as Parameters<typeof similarityReason>[0];

describe('similarityReason', () => {
  it('names the district and leaves out the state it implies', () => {
    expect(similarityReason(practice({ reasons: ['SAME_DISTRICT', 'SAME_KIND', 'SAME_STATE'] }), 'de')).toBe('aus dem gleichen Landkreis · ebenfalls eine Gemeinde');
    expect(similarityReason(practice({ reasons: ['SAME_DISTRICT', 'SAME_STATE'] }), 'en')).toBe('from the same district');
  });

  it('lists shared topics by name, in the reader’s language', () => {
    const p = practice({ reasons: ['SHARED_TOPICS', 'SAME_STATE'], sharedTopicsDe: ['Bürgerbeteiligung', 'Offene Daten'], sharedTopicsEn: ['Citizen participation', 'Open data'] });
    expect(similarityReason(p, 'de')).toBe('gleiche Themen: Bürgerbeteiligung, Offene Daten · aus Rheinland-Pfalz');
    expect(similarityReason(p, 'en')).toBe('same topics: Citizen participation, Open data · from Rhineland-Palatinate');
  });

  it('says "ebenfalls eine Verbandsgemeinde" and names the state alone', () => {
    expect(similarityReason(practice({ reasons: ['SAME_KIND'], kind: 'VERBANDSGEMEINDE' }), 'de')).toBe('ebenfalls eine Verbandsgemeinde');
    expect(similarityReason(practice({ reasons: ['SAME_KIND'], kind: 'LANDKREIS' }), 'de')).toBe('ebenfalls ein Landkreis');
    expect(similarityReason(practice({ reasons: ['SAME_STATE'], state: 'BY' }), 'de')).toBe('aus Bayern');
  });
});
