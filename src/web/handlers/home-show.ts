/** GET / */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render } from '../respond.ts';
import { homePage } from '../views/home.ts';

/** The front page. */
export const showHome = (request: FastifyRequest, reply: FastifyReply) => render(request, reply, homePage);
