import type { AudienceCategory, Topic } from './catalogTypes';
import type { TopicCode } from './productKinds';
import { translated } from './translated';

/** Topics are institution-wide, so both seasons list the same ids. */
export const topicIds: Record<TopicCode, number> = {
  MUSIC: 201, OPERA: 202, THEATRE: 203, DANCE: 204, SPORT: 205, EXHIBITION: 206, FAMILY: 207,
};

export function topics(): Topic[] {
  const names: Record<TopicCode, [string, string, string]> = {
    MUSIC: ['Musique', 'Music', 'Musik'],
    OPERA: ['Opéra', 'Opera', 'Oper'],
    THEATRE: ['Théâtre', 'Theatre', 'Theater'],
    DANCE: ['Danse', 'Dance', 'Tanz'],
    SPORT: ['Sport', 'Sport', 'Sport'],
    EXHIBITION: ['Exposition', 'Exhibition', 'Ausstellung'],
    FAMILY: ['Famille', 'Family', 'Familie'],
  };
  return (Object.keys(topicIds) as TopicCode[]).map((code) => ({ id: topicIds[code], code, externalName: translated(...names[code]) }));
}

/** Sub-category ids of one season, by role; prices refer to these. */
export interface SeasonAudience {
  full: number;
  reduced: number;
  free: number;
  group: number;
}

export function seasonAudience(seasonIndex: number): SeasonAudience {
  const base = 401 + seasonIndex * 10;
  return { full: base, reduced: base + 1, free: base + 2, group: base + 3 };
}

/** SecuTix's explicit empty text: a translations list with nothing in it. */
const NO_TEXT = { translations: [] };

/** Audience categories are per season in SecuTix, hence per-season ids. */
export function audienceCategories(seasonIndex: number): AudienceCategory[] {
  const sub = seasonAudience(seasonIndex);
  const cat = 301 + seasonIndex * 10;
  return [
    {
      id: cat, code: 'INDIV', mainCategory: 'OCCASIONAL', secondaryCategory: 'INDIVIDUAL',
      externalName: translated('Individuels', 'Individuals', 'Einzelpersonen'),
      audienceSubCategories: [
        { id: sub.full, code: 'PLEIN', externalName: translated('Plein tarif', 'Full price', 'Vollpreis'), externalDescription: NO_TEXT, audienceCategoryKind: 'FULL', requiredAudienceSubCategoryIds: [], crossSeatCategory: false },
        { id: sub.reduced, code: 'REDUIT', externalName: translated('Tarif réduit', 'Reduced price', 'Ermässigter Preis'), externalDescription: NO_TEXT, audienceCategoryKind: 'REDUCED', requiredAudienceSubCategoryIds: [], crossSeatCategory: false },
        { id: sub.free, code: 'ENFANT', externalName: translated('Enfant (gratuit)', 'Child (free)', 'Kind (gratis)'), externalDescription: NO_TEXT, audienceCategoryKind: 'FREE', requiredAudienceSubCategoryIds: [], crossSeatCategory: false },
      ],
    },
    {
      id: cat + 1, code: 'GROUPE', mainCategory: 'OCCASIONAL', secondaryCategory: 'GROUP',
      externalName: translated('Groupes', 'Groups', 'Gruppen'),
      audienceSubCategories: [
        { id: sub.group, code: 'GROUPE', externalName: translated('Tarif groupe', 'Group price', 'Gruppenpreis'), externalDescription: NO_TEXT, audienceCategoryKind: 'REDUCED', requiredAudienceSubCategoryIds: [], crossSeatCategory: false },
      ],
    },
  ];
}
