/** The few named failures an action can report; the web layer maps each to one HTTP status in one place. */
import { t } from '../i18n/translate.ts';

/** Field name → message shown next to that field. */
export type FieldErrors = Record<string, string>;

/** The thing asked for does not exist (404). */
export class NotFound extends Error {
  constructor(message = t('errors.not_found')) {
    super(message);
    this.name = 'NotFound';
  }
}

/** The viewer may not do this (403). */
export class Forbidden extends Error {
  constructor(message = t('errors.forbidden')) {
    super(message);
    this.name = 'Forbidden';
  }
}

/** The input is wrong; `fields` says where (422, the form re-rendered with the input kept). */
export class Invalid extends Error {
  readonly fields: FieldErrors;
  constructor(fields: FieldErrors, message = t('errors.invalid')) {
    super(message);
    this.name = 'Invalid';
    this.fields = fields;
  }
}

/** Too many attempts; try again after `retryAfterSeconds` (429). */
export class TooManyRequests extends Error {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, message: string) {
    super(message);
    this.name = 'TooManyRequests';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Throws `Invalid` when any field has a message. */
export function assertValid(fields: FieldErrors): void {
  if (Object.keys(fields).length > 0) throw new Invalid(fields);
}

/** The thing existed and was deleted (410). */
export class Gone extends Error {
  constructor(message = t('errors.gone')) {
    super(message);
    this.name = 'Gone';
  }
}

/** Only logged-in readers may see this; the page asks the guest to log in. */
export class LoginRequired extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginRequired';
  }
}
