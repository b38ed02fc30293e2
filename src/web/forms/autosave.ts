/**
 * Offering an autosaved copy on a form page, for every form with `data-autosave`: look the copy up, and with
 * `?restore=1` hand its fields to the form's usual reader (`readWorkValues(restoredForm(offer))`), so
 * restoring works without JavaScript.
 */
import type { FastifyRequest } from 'fastify';
import { queryParam } from '../respond.ts';
import { findAutosave, type FormFields } from '../../actions/autosave.ts';

/** A copy to show above a form. */
export interface AutosaveOffer {
  key: string;
  savedAt: number;
  fields: FormFields;
  /** Whether this page shows the copy's text (`?restore=1`) rather than offering it. */
  restored: boolean;
  /** The form page's path, without the query. */
  formPath: string;
}

/**
 * The viewer's copy of form `key`, when there is one newer than the stored record (`recordUpdatedAt`,
 * e.g. the work's or chapter's last update; 0 for a new record).
 */
export async function autosaveOffer(request: FastifyRequest, key: string, recordUpdatedAt = 0): Promise<AutosaveOffer | undefined> {
  const copy = await findAutosave(request.server.quire.ctx, request.viewer, key);
  if (!copy || copy.savedAt <= recordUpdatedAt) return undefined;
  return { key, savedAt: copy.savedAt, fields: copy.fields, restored: queryParam(request, 'restore') === '1', formPath: request.url.split('?')[0]! };
}

/** The copy's fields in the shape form readers take (they read `body` like a posted form). */
export const restoredForm = (offer: AutosaveOffer): { body: FormFields } => ({ body: offer.fields });
