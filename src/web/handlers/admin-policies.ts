/** /admin/policies: admins set who may join and post, publish the Terms of Service, and write the content policy. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, redirectWithFlash } from '../respond.ts';
import { adminPoliciesPage, type PolicyForms } from '../views/admin-policies.ts';
import { emptyForm, type FormState } from '../views/form.ts';
import { policyTexts, saveTerms, saveContentPolicy } from '../../actions/policy-texts.ts';
import { updateSitePolicy } from '../../actions/update-site-policy.ts';
import { sitePolicy } from '../../actions/site-policy.ts';
import { policyFormValues } from '../../domain/signup-rules.ts';
import { Invalid } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';

/** Renders the page with the stored values, and `failed` in place of one form. */
async function page(request: FastifyRequest, reply: FastifyReply, failed: Partial<PolicyForms> = {}, status = 200) {
  const db = request.server.quire.db;
  const [policy, texts] = await Promise.all([sitePolicy(db), policyTexts(db)]);
  const forms: PolicyForms = {
    policy: failed.policy ?? emptyForm(policyFormValues(policy)),
    terms: failed.terms ?? emptyForm({ terms: texts.termsHtml }),
    content: failed.content ?? emptyForm({ content_policy: texts.contentPolicyHtml }),
  };
  return render(request, reply, (ctx) => adminPoliciesPage(ctx, texts, forms), status);
}

const failedForm = (values: Record<string, string>, error: Invalid): FormState => ({ values, errors: error.fields });

/** The page. */
export const showPolicies = (request: FastifyRequest, reply: FastifyReply) => page(request, reply);

/** Saves the joining and posting policy. */
export async function savePolicy(request: FastifyRequest, reply: FastifyReply) {
  const ticked = (name: string) => formField(request, name) !== '';
  const input = {
    signupMode: formField(request, 'policy[signup_mode]'),
    minimumAge: formField(request, 'policy[min_age]'),
    requireConfirmedEmail: ticked('policy[require_confirmed_email]'),
    validateNewAuthors: ticked('policy[validate_new_authors]'),
    invitationsPerMember: formField(request, 'policy[invitations_per_member]'),
    reportReasons: formField(request, 'policy[report_reasons]'),
  };
  try {
    const changed = await updateSitePolicy(request.server.quire.ctx, request.viewer, input);
    return redirectWithFlash(reply, '/admin/policies', t(Object.keys(changed).length ? 'admin.flash.policy_saved' : 'admin.flash.nothing_changed'));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const values = {
      signup_mode: input.signupMode, min_age: input.minimumAge, invitations_per_member: input.invitationsPerMember, report_reasons: input.reportReasons,
      require_confirmed_email: input.requireConfirmedEmail ? '1' : '', validate_new_authors: input.validateNewAuthors ? '1' : '',
    };
    return page(request, reply, { policy: failedForm(values, error) }, 422);
  }
}

/** Publishes the terms as a new version, or saves a correction. */
export async function saveTermsText(request: FastifyRequest, reply: FastifyReply) {
  const text = formField(request, 'terms[text]');
  const publish = formField(request, 'commit') !== 'correct';
  try {
    const version = await saveTerms(request.server.quire.ctx, request.viewer, text, publish);
    return redirectWithFlash(reply, '/admin/policies', publish
      ? t('admin.flash.terms_published', { version })
      : t('admin.flash.terms_corrected', { version }));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return page(request, reply, { terms: failedForm({ terms: text }, error) }, 422);
  }
}

/** Saves the content policy. */
export async function saveContentPolicyText(request: FastifyRequest, reply: FastifyReply) {
  const text = formField(request, 'content_policy[text]');
  try {
    await saveContentPolicy(request.server.quire.ctx, request.viewer, text);
    return redirectWithFlash(reply, '/admin/policies', t('admin.flash.content_saved'));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return page(request, reply, { content: failedForm({ content_policy: text }, error) }, 422);
  }
}
