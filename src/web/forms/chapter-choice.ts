/** The publication part of the chapter forms (the button pressed, `chapter[publish_at]`, `chapter[silent]`) as action input. */
import type { FastifyRequest } from 'fastify';
import { formField } from '../respond.ts';
import type { PublicationChoice } from '../../actions/chapter-publication.ts';
import type { ChapterFormValues } from './work-form.ts';

/** Reads the choice from a posted chapter form; its time is on the wall clock of `timeZone`. */
export function readPublicationChoice(request: FastifyRequest, values: ChapterFormValues, timeZone: string): PublicationChoice {
  return { commit: formField(request, 'commit') === 'draft' ? 'draft' : 'post', publishAt: values.publish_at, silent: values.silent === '1', timeZone };
}

/** The flash after saving a chapter, by the status it ended in. */
export function chapterSavedMessage(status: 'draft' | 'scheduled' | 'posted', workIsDraft: boolean, wasPosted = false): string {
  if (status === 'scheduled') return 'The chapter is scheduled: it will be posted automatically at the time you chose.';
  if (status === 'draft') return workIsDraft ? 'The chapter was saved. This work is still a draft: post the work to publish its chapters.' : 'The chapter was saved as a draft. Only you can see it.';
  return wasPosted ? 'Your changes were saved.' : 'The chapter was posted.';
}
