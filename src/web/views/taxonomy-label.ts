/**
 * How a rating or an archive warning reads: AO3's own names in the reader's language, names an archive chose itself
 * as written. Only the text shown changes: the value a form sends and a tag's address stay the name itself (AO3's
 * tag names, which fans' tools post and read).
 */
import { t } from '../../i18n/translate.ts';

const AO3_NAMES: Record<string, string> = {
  'Not Rated': 'not_rated', 'General Audiences': 'general', 'Teen And Up Audiences': 'teen', Mature: 'mature', Explicit: 'explicit',
  'Choose Not To Use Archive Warnings': 'choose_not', 'Graphic Depictions Of Violence': 'violence', 'Major Character Death': 'death',
  'No Archive Warnings Apply': 'none', 'Rape/Non-Con': 'noncon', Underage: 'underage',
};

/** The label of a rating or warning named `name` (any other tag name comes back as it is). */
export const taxonomyLabel = (name: string): string => {
  const key = AO3_NAMES[name];
  return key ? t(`posting.taxonomy.${key}`) : name;
};
