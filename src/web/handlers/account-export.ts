/** GET /users/:login/export — "Download my data": a ZIP for the account holder only, made on the download worker. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { exportAccountData } from '../../actions/export-account-data.ts';
import { renderer } from './download-show.ts';

/** The ZIP, as an attachment that no cache keeps. */
export async function downloadAccountData(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const { fileName, input } = await exportAccountData(request.server.quire.ctx, request.viewer, request.params.login);
  const body = await renderer.renderAccountArchive(input);
  return reply
    .type('application/zip')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}
