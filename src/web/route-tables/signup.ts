/** Joining and the terms: terms and content policy pages, invitations and requests, the validation queue. */
import type { Route } from '../routes.ts';
import { showTerms, showContentPolicy, showAcceptTerms, saveAcceptTerms } from '../handlers/policy-pages.ts';
import { showPolicies, savePolicy, saveTermsText, saveContentPolicyText } from '../handlers/admin-policies.ts';
import { showInviteRequest, createInviteRequest } from '../handlers/invite-requests.ts';
import { showAdminInvitations, sendFromQueue, sendToAddress } from '../handlers/admin-invitations.ts';
import { showMemberInvitations, sendMemberInvitation } from '../handlers/member-invitations.ts';
import { showInvitedSignup, createInvitedAccount } from '../handlers/signup-invited.ts';
import { showValidationQueue, approvePending, rejectPending } from '../handlers/admin-validation.ts';

export const signupRoutes: readonly Route[] = [
  { method: 'GET', url: '/terms', access: 'anyone', handler: showTerms },
  { method: 'GET', url: '/content_policy', access: 'anyone', handler: showContentPolicy },
  { method: 'GET', url: '/terms/accept', access: 'user', handler: showAcceptTerms },
  { method: 'POST', url: '/terms/accept', access: 'user', handler: saveAcceptTerms },
  { method: 'GET', url: '/admin/policies', access: 'admin', handler: showPolicies },
  { method: 'POST', url: '/admin/policies', access: 'admin', handler: savePolicy },
  { method: 'POST', url: '/admin/policies/terms', access: 'admin', handler: saveTermsText },
  { method: 'POST', url: '/admin/policies/content_policy', access: 'admin', handler: saveContentPolicyText },

  // Invitation-only archives: the request queue, admins' and members' invitations, the one-time sign-up link.
  { method: 'GET', url: '/invite_requests', access: 'guest', handler: showInviteRequest },
  { method: 'POST', url: '/invite_requests', access: 'guest', handler: createInviteRequest },
  { method: 'GET', url: '/admin/invitations', access: 'admin', handler: showAdminInvitations },
  { method: 'POST', url: '/admin/invitations', access: 'admin', handler: sendFromQueue },
  { method: 'POST', url: '/admin/invitations/address', access: 'admin', handler: sendToAddress },
  { method: 'GET', url: '/settings/invitations', access: 'user', handler: showMemberInvitations },
  { method: 'POST', url: '/settings/invitations', access: 'user', handler: sendMemberInvitation },
  { method: 'GET', url: '/signup/:token', access: 'guest', handler: showInvitedSignup },
  { method: 'POST', url: '/signup/:token', access: 'guest', handler: createInvitedAccount },

  // New authors' works waiting for a moderator (validate_new_authors).
  { method: 'GET', url: '/admin/validation', access: 'moderator', handler: showValidationQueue },
  { method: 'POST', url: '/admin/validation/:id/approve', access: 'moderator', handler: approvePending },
  { method: 'POST', url: '/admin/validation/:id/reject', access: 'moderator', handler: rejectPending },
];
