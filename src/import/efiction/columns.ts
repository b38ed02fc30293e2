/**
 * Column orders of eFiction 3.5's tables as its installer creates them, for dumps made by eFiction's own backup,
 * which has INSERTs without column lists and no CREATE TABLE (as Open Doors does, a dump's own CREATE wins).
 */
export const DEFAULT_COLUMNS: Record<string, string[]> = {
  authors: ['uid', 'penname', 'realname', 'email', 'bio', 'image', 'date', 'admincreated', 'password'],
  authorinfo: ['uid', 'field', 'info'],
  authorfields: ['field_id', 'field_type', 'field_name', 'field_title', 'field_options', 'field_code_in', 'field_code_out', 'field_on'],
  authorprefs: ['uid', 'newreviews', 'newrespond', 'ageconsent', 'alertson', 'tinyMCE', 'sortby', 'storyindex', 'validated', 'userskin', 'level', 'categories', 'contact', 'stories'],
  categories: ['catid', 'parentcatid', 'category', 'description', 'image', 'locked', 'leveldown', 'displayorder', 'numitems'],
  chapters: ['chapid', 'title', 'inorder', 'notes', 'storytext', 'endnotes', 'validated', 'wordcount', 'rating', 'reviews', 'sid', 'uid', 'count'],
  characters: ['charid', 'catid', 'charname', 'bio', 'image'],
  classes: ['class_id', 'class_type', 'class_name'],
  classtypes: ['classtype_id', 'classtype_name', 'classtype_title'],
  coauthors: ['sid', 'uid'],
  favorites: ['uid', 'item', 'type', 'comments'],
  inseries: ['seriesid', 'sid', 'subseriesid', 'confirmed', 'inorder'],
  ratings: ['rid', 'rating', 'ratingwarning', 'warningtext'],
  reviews: ['reviewid', 'item', 'chapid', 'reviewer', 'uid', 'review', 'date', 'rating', 'respond', 'type'],
  series: ['seriesid', 'title', 'summary', 'uid', 'isopen', 'catid', 'rating', 'classes', 'characters', 'reviews', 'numstories', 'challenges'],
  stories: ['sid', 'title', 'summary', 'storynotes', 'catid', 'classes', 'charid', 'rid', 'date', 'updated', 'uid', 'coauthors', 'featured', 'validated', 'completed', 'rr', 'wordcount', 'rating', 'reviews', 'count', 'challenges'],
  challenges: ['chalid', 'challenger', 'uid', 'title', 'catid', 'characters', 'summary', 'responses'],
};
