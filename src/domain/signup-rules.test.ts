import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consentProblems, mustAwaitValidation, parsePolicyForm, policyFormValues, signupDoor, REPORT_REASONS_MAX } from './signup-rules.ts';
import { policyFrom } from './site-policy.ts';

test('the door: open lets anyone in, invitation only needs a live invitation, closed takes nobody', () => {
  assert.equal(signupDoor('open', false), 'form');
  assert.equal(signupDoor('open', true), 'form');
  assert.equal(signupDoor('invitation', false), 'invitation-needed');
  assert.equal(signupDoor('invitation', true), 'form');
  assert.equal(signupDoor('closed', true), 'closed', 'an invitation does not open a closed archive');
});

test('both boxes must be ticked; with no minimum age, only the terms', () => {
  assert.deepEqual(Object.keys(consentProblems({ termsAccepted: false, ageConfirmed: false }, { minimumAge: 13 })), ['terms_of_service', 'age_confirmed']);
  assert.match(consentProblems({ termsAccepted: true, ageConfirmed: false }, { minimumAge: 16 }).age_confirmed!, /at least 16/);
  assert.deepEqual(consentProblems({ termsAccepted: true, ageConfirmed: true }, { minimumAge: 13 }), {});
  assert.deepEqual(consentProblems({ termsAccepted: true, ageConfirmed: false }, { minimumAge: 0 }), {});
});

test('only untrusted members wait for validation, and only when the archive asks it', () => {
  const on = { validateNewAuthors: true };
  assert.equal(mustAwaitValidation(on, { role: 'user', trusted: false }), true);
  assert.equal(mustAwaitValidation(on, { role: 'user', trusted: true }), false);
  assert.equal(mustAwaitValidation(on, { role: 'moderator', trusted: false }), false);
  assert.equal(mustAwaitValidation(on, { role: 'admin', trusted: false }), false);
  assert.equal(mustAwaitValidation({ validateNewAuthors: false }, { role: 'user', trusted: false }), false);
});

test('the policy form: whole numbers in range, a known mode, reasons trimmed one per line', () => {
  const ok = parsePolicyForm({ signupMode: 'invitation', minimumAge: ' 16 ', requireConfirmedEmail: false, validateNewAuthors: true, invitationsPerMember: '5', reportReasons: ' Spam \n\n Rudeness\n' });
  assert.deepEqual(ok.errors, {});
  assert.deepEqual(ok.settings, { signup_mode: 'invitation', min_age: '16', require_confirmed_email: '0', validate_new_authors: '1', invitations_per_member: '5', report_reasons: 'Spam\nRudeness' });
  const bad = parsePolicyForm({ signupMode: 'sometimes', minimumAge: '1e2', requireConfirmedEmail: true, validateNewAuthors: false, invitationsPerMember: '1001', reportReasons: 'x'.repeat(REPORT_REASONS_MAX.length + 1) });
  assert.deepEqual(Object.keys(bad.errors).sort(), ['invitations_per_member', 'min_age', 'report_reasons', 'signup_mode']);
  assert.ok(parsePolicyForm({ ...ok, signupMode: 'open', minimumAge: '100', invitationsPerMember: '0', reportReasons: '', requireConfirmedEmail: true, validateNewAuthors: false }).errors.min_age);
});

test('the form shows the policy in force, and saving it unchanged gives the same settings', () => {
  const policy = policyFrom(new Map([['signup_mode', 'closed'], ['min_age', '18'], ['validate_new_authors', '1'], ['invitations_per_member', '2']]));
  const values = policyFormValues(policy);
  assert.equal(values.require_confirmed_email, '1', 'on unless turned off');
  const again = parsePolicyForm({ signupMode: values.signup_mode!, minimumAge: values.min_age!, requireConfirmedEmail: values.require_confirmed_email === '1', validateNewAuthors: values.validate_new_authors === '1', invitationsPerMember: values.invitations_per_member!, reportReasons: values.report_reasons! });
  assert.deepEqual(again.errors, {});
  assert.equal(policyFrom(new Map(Object.entries(again.settings))).minimumAge, 18);
  assert.deepEqual(policyFrom(new Map(Object.entries(again.settings))), policy);
});
