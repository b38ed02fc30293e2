/** GET /admin/audit and /admin/audit.csv: the audit log, filtered, for staff. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, queryParam } from '../respond.ts';
import { auditLogPage } from '../views/audit-log.ts';
import { auditPage, auditCsv, type AuditQuery } from '../../actions/read-audit.ts';
import { hasRole } from '../../domain/permissions.ts';

const queryOf = (request: FastifyRequest): AuditQuery => ({
  actor: queryParam(request, 'actor').slice(0, 60), targetUser: queryParam(request, 'target_user').slice(0, 60), targetKind: queryParam(request, 'target_kind').slice(0, 40),
  targetId: queryParam(request, 'target_id').slice(0, 16), action: queryParam(request, 'action').slice(0, 60),
});

/** The page. */
export async function showAudit(request: FastifyRequest, reply: FastifyReply) {
  const q = queryOf(request);
  const { entries, window } = await auditPage(request.server.quire.ctx, request.viewer, q, queryParam(request, 'page'));
  return render(request, reply, (ctx) => auditLogPage(ctx, q, entries, window, hasRole(request.viewer, 'admin')));
}

/** The same selection as CSV. */
export async function downloadAudit(request: FastifyRequest, reply: FastifyReply) {
  const csv = await auditCsv(request.server.quire.ctx, request.viewer, queryOf(request));
  return reply.type('text/csv; charset=utf-8').header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="audit-log.csv"').send(csv);
}
