/** The sign-up form's consent boxes: read from a request, kept when the form comes back, handed to the action. */
import type { FastifyRequest } from 'fastify';
import { formField } from '../respond.ts';
import type { SignupConsent } from '../../domain/signup-rules.ts';

/** The boxes as form values ('1' when ticked), to show them ticked again. */
export function consentValues(request: Pick<FastifyRequest, 'body'>): { terms_of_service: string; age_confirmed: string } {
  const ticked = (name: string) => (formField(request, name) ? '1' : '');
  return { terms_of_service: ticked('user[terms_of_service]'), age_confirmed: ticked('user[age_confirmed]') };
}

/** The consent the register action checks. */
export const consentOf = (values: { terms_of_service: string; age_confirmed: string }): SignupConsent =>
  ({ termsAccepted: values.terms_of_service === '1', ageConfirmed: values.age_confirmed === '1' });
