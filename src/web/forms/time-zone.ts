/** The zone a posted form's dates are read in: the author's setting, else the browser's (the form's time_zone_guess). */
import type { FastifyRequest } from 'fastify';
import { formField } from '../respond.ts';
import { authorTimeZone, type ZoneChoice } from '../../actions/posting-prefs.ts';

/** For showing a form: the author's zone (no browser guess yet). */
export const formTimeZone = (request: FastifyRequest): Promise<ZoneChoice> => authorTimeZone(request.server.quire.ctx, request.viewer);

/** For a posted form: the zone its dates were typed in. */
export const postedTimeZone = (request: FastifyRequest): Promise<ZoneChoice> =>
  authorTimeZone(request.server.quire.ctx, request.viewer, request.body ? formField(request, 'time_zone_guess') : '');

/** A flash with the time zone notice after it, when the browser's zone was unknown. */
export const withZoneNotice = (message: string, zone: { notice?: string }): string => (zone.notice ? `${message} ${zone.notice}` : message);
