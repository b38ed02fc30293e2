/** The publication part of the chapter forms (the button pressed, `chapter[publish_at]`, `chapter[silent]`) as action input. */
import type { FastifyRequest } from 'fastify';
import { formField } from '../respond.ts';
import type { PublicationChoice } from '../../actions/chapter-publication.ts';
import type { ChapterFormValues } from './work-form.ts';
import { t } from '../../i18n/translate.ts';

/** Reads the choice from a posted chapter form; its time is on the wall clock of `timeZone`. */
export function readPublicationChoice(request: FastifyRequest, values: ChapterFormValues, timeZone: string): PublicationChoice {
  return { commit: formField(request, 'commit') === 'draft' ? 'draft' : 'post', publishAt: values.publish_at, silent: values.silent === '1', timeZone };
}

/** The flash after saving a chapter, by the status it ended in. */
export function chapterSavedMessage(status: 'draft' | 'scheduled' | 'posted', workIsDraft: boolean, wasPosted = false): string {
  if (status === 'scheduled') return t('posting.flash.chapter_scheduled');
  if (status === 'draft') return t(workIsDraft ? 'posting.flash.chapter_saved_work_draft' : 'posting.flash.chapter_draft');
  return t(wasPosted ? 'posting.flash.saved' : 'posting.flash.chapter_posted');
}
