/** eFiction's old addresses (viewstory.php, reviews.php, modules/challenges/challenges.php …), each moved for good (301). */
import type { Route } from '../routes.ts';
import { redirectLegacy } from '../handlers/legacy-redirect.ts';
import { LEGACY_SCRIPTS } from '../../actions/legacy-links.ts';

export const legacyRoutes: readonly Route[] = LEGACY_SCRIPTS.map((url) => ({ method: 'GET', url, access: 'anyone', handler: redirectLegacy }));
