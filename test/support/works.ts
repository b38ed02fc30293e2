/** Form fields for posting works in tests: a complete, valid work that each test changes as it needs. */

/** A valid new-work form; `overrides` replaces or removes (null) fields. */
export function workForm(overrides: Record<string, string | string[] | null> = {}): Record<string, string | string[] | null> {
  return {
    'work[title]': 'The Long Way Home',
    'work[summary]': 'Two rivals, one *snowstorm*.',
    'work[rating_string]': 'General Audiences',
    'work[archive_warning_strings][]': 'No Archive Warnings Apply',
    'work[fandom_string]': 'Original Work',
    'work[relationship_string]': 'Ann/Bea',
    'work[character_string]': 'Ann, Bea',
    'work[freeform_string]': 'Snow, Enemies to Lovers',
    'work[language]': 'en',
    'work[wip_length]': '1',
    'work[visibility]': 'public',
    'chapter[format]': 'text',
    'chapter[content]': 'The snow began at dusk.\n\nBy midnight the road was gone.',
    commit: 'post',
    ...overrides,
  };
}
