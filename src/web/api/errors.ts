/**
 * The one place where the API turns a failure into a status and an error code: the domain's named errors, the
 * API's own, and Fastify's (a parameter its schema refused names that parameter).
 */
import type { FastifyError } from 'fastify';
import { NotFound, Forbidden, Invalid, TooManyRequests, Gone, LoginRequired } from '../../domain/errors.ts';
import { ParticipationRefused } from '../../domain/participation.ts';
import { databaseUnavailable } from '../../storage/unavailable.ts';
import { ApiError } from './call.ts';

/** Ajv's JSON pointer of a parameter back to its name (`~1` is `/`, `~0` is `~`). */
const pointerName = (pointer: string) => pointer.replace(/^\//, '').split('/')[0]!.replaceAll('~1', '/').replaceAll('~0', '~');

function validationError(error: FastifyError): ApiError {
  const first = error.validation![0]!;
  const params = first.params as { missingProperty?: string; allowedValues?: unknown[] };
  const param = params.missingProperty ?? pointerName(first.instancePath);
  const where = error.validationContext === 'params' ? 'path' : 'query';
  const problem = params.allowedValues ? `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` : (first.message ?? 'is not valid');
  return new ApiError(400, 'invalid_parameter', `The ${where} parameter ${param} ${problem}.`, param);
}

/** A failure as the API answers it. */
export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof NotFound) return new ApiError(404, 'not_found', error.message);
  if (error instanceof Gone) return new ApiError(410, 'gone', error.message);
  if (error instanceof LoginRequired) return new ApiError(401, 'token_required', `${error.message} Send a member's personal API token to read it.`);
  if (error instanceof Forbidden || error instanceof ParticipationRefused) return new ApiError(403, 'forbidden', error.message);
  if (error instanceof TooManyRequests) return new ApiError(429, 'rate_limited', error.message);
  if (error instanceof Invalid) return new ApiError(400, 'invalid_parameter', Object.values(error.fields).join(' ') || error.message, Object.keys(error.fields)[0] ?? null);
  if (databaseUnavailable(error)) return new ApiError(503, 'unavailable', 'The archive\'s database cannot be reached just now. Try again in a minute.');
  const fastify = error as FastifyError;
  if (fastify.validation?.length) return validationError(fastify);
  const status = fastify.statusCode;
  if (status && status >= 400 && status < 500) return new ApiError(status, 'bad_request', fastify.message);
  return new ApiError(500, 'internal_error', 'Something went wrong on the archive\'s side. It has been logged.');
}
