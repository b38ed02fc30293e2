/** The pseud forms: new (GET/POST), edit (GET/POST .../edit) and delete (POST .../delete); the account holder only. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { pseudFormPage, type PseudFormValues } from '../views/pseuds.ts';
import { createPseud, editPseud, deletePseud, ownPseud } from '../../actions/manage-pseuds.ts';
import { accountPseuds } from '../../actions/pseuds.ts';
import { pseudPagePath, type Pseud, type PseudInput } from '../../domain/pseud.ts';
import { Forbidden, Invalid } from '../../domain/errors.ts';
import { canEditAccount } from '../../domain/permissions.ts';
import { t } from '../../i18n/translate.ts';

type LoginRequest = FastifyRequest<{ Params: { login: string } }>;
type PseudRequest = FastifyRequest<{ Params: { login: string; pseud: string } }>;

function readValues(request: FastifyRequest): PseudFormValues {
  return { name: formField(request, 'pseud[name]'), icon_alt: formField(request, 'pseud[icon_alt_text]'), description: formField(request, 'pseud[description]') };
}

const toInput = (v: PseudFormValues): PseudInput => ({ name: v.name, iconAlt: v.icon_alt, description: v.description });
const asValues = (v: PseudFormValues) => ({ ...v }) as Record<string, string>;

/** Renders the form again with what was typed and the problems, or rethrows anything else. */
function retry(request: FastifyRequest, reply: FastifyReply, error: unknown, login: string, values: PseudFormValues, editing?: Pseud) {
  if (!(error instanceof Invalid)) throw error;
  return render(request, reply, (ctx) => pseudFormPage(ctx, login, { values: asValues(values), errors: error.fields, message: error.message }, editing), 422);
}

/** The empty form. */
export async function showNewPseud(request: LoginRequest, reply: FastifyReply) {
  const { user } = await accountPseuds(request.server.quire.ctx, request.params.login);
  if (!canEditAccount(request.viewer, user.id)) throw new Forbidden(t('member.pseuds.only_holder'));
  return render(request, reply, (ctx) => pseudFormPage(ctx, user.login, { values: {}, errors: {} }));
}

/** Adds the pseud; a clash or a bad name comes back on the form. */
export async function createPseudHandler(request: LoginRequest, reply: FastifyReply) {
  const values = readValues(request);
  const login = request.params.login;
  try {
    const name = await createPseud(request.server.quire.ctx, request.viewer, login, toInput(values));
    return redirectWithFlash(reply, pseudPagePath(request.viewer!.login, name), t('member.pseuds.created', { name }));
  } catch (error) {
    return retry(request, reply, error, login, values);
  }
}

/** The edit form, filled from the pseud. */
export async function showEditPseud(request: PseudRequest, reply: FastifyReply) {
  const { user, pseud } = await ownPseud(request.server.quire.ctx, request.viewer, request.params.login, request.params.pseud);
  const values = { name: pseud.name, icon_alt: pseud.iconAlt, description: pseud.description };
  return render(request, reply, (ctx) => pseudFormPage(ctx, user.login, { values, errors: {} }, pseud));
}

/** Saves the edit. */
export async function savePseud(request: PseudRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const values = readValues(request);
  const { user, pseud } = await ownPseud(ctx, request.viewer, request.params.login, request.params.pseud);
  try {
    const name = await editPseud(ctx, request.viewer, user.login, pseud.name, toInput(values));
    return redirectWithFlash(reply, pseudPagePath(user.login, name), t('member.pseuds.saved'));
  } catch (error) {
    return retry(request, reply, error, user.login, values, pseud);
  }
}

/** Deletes the pseud; its works move to the default pseud. */
export async function removePseud(request: PseudRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const { user, pseud } = await ownPseud(ctx, request.viewer, request.params.login, request.params.pseud);
  await deletePseud(ctx, request.viewer, user.login, pseud.name);
  return redirectWithFlash(reply, `/users/${user.login}/pseuds`, t('member.pseuds.deleted', { name: pseud.name }));
}
