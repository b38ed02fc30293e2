/**
 * The reading-settings fields (work-page controls and /settings/reading), read into a loose change set for
 * `normalizePreferences`: only fields the form sent are changed, so a partial form keeps the rest.
 */
import type { FastifyRequest } from 'fastify';
import { formField } from '../respond.ts';

type Body = Pick<FastifyRequest, 'body'>;

const SIZE_STEPS: Record<string, number> = { smaller: -1, larger: 1 };

const present = (request: Body, name: string) => {
  const body = request.body as Record<string, unknown> | undefined;
  return body !== undefined && body !== null && name in body;
};

/**
 * The changes a posted form asks for. Checkboxes come with a hidden "0" before them (the last value wins);
 * the "Smaller text"/"Larger text" buttons send `size_step` and move the chosen size one step.
 */
export function readerFormChanges(request: Body): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const name of ['width', 'theme', 'font', 'line_spacing', 'hide_author_style', 'adult_consent']) {
    if (present(request, name)) changes[name] = formField(request, name);
  }
  const size = Number(formField(request, 'font_size'));
  if (Number.isInteger(size) && size > 0) {
    const step = SIZE_STEPS[formField(request, 'size_step')] ?? 0;
    changes.font_size = Math.min(5, Math.max(1, size + step));
  }
  return changes;
}
