/** The "Creator/Pseud(s)" choice of the work, comment and bookmark forms: the member's pseuds and the one chosen. */
import type { FastifyRequest } from 'fastify';
import { formField } from '../respond.ts';
import { pseudChoices } from '../../actions/pseuds.ts';
import type { Pseud } from '../../domain/pseud.ts';
import type { Viewer } from '../../domain/permissions.ts';
import type { Context } from '../../actions/context.ts';

/** What the menu shows. */
export interface PseudChoice {
  pseuds: Pseud[];
  /** The chosen pseud's id as the form sends it. */
  chosen: string;
}

/** The form field's name (one pseud per post). */
export const PSEUD_FIELD = 'pseud_id';

/** The posted choice: undefined when the form had no menu (one pseud only), so the action keeps the default or the stored credit. */
export function postedPseud(request: Pick<FastifyRequest, 'body'>, prefix: string): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const name = `${prefix}[${PSEUD_FIELD}]`;
  return body && name in body ? formField(request, name) : undefined;
}

/** The menu of `pseuds` with `chosen` (or the default pseud) selected. */
export function choiceOf(pseuds: Pseud[], chosen?: string | number): PseudChoice {
  const picked = chosen === undefined || chosen === '' ? pseuds.find((p) => p.isDefault)?.id : chosen;
  return { pseuds, chosen: picked === undefined ? '' : String(picked) };
}

/** The member's menu, with `chosen` (or their default pseud) selected; undefined for guests. */
export async function pseudChoice(ctx: Context, viewer: Viewer, chosen?: string | number): Promise<PseudChoice | undefined> {
  return viewer ? choiceOf(await pseudChoices(ctx, viewer), chosen) : undefined;
}
