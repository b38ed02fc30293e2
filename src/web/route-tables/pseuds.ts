/** Pseuds: an account's list, each pseud's page and works (AO3's URLs), and the holder's forms to add, edit and delete them. */
import type { Route } from '../routes.ts';
import { showPseuds, showPseud, showPseudWorks } from '../handlers/pseud-show.ts';
import { showNewPseud, createPseudHandler, showEditPseud, savePseud, removePseud } from '../handlers/pseud-edit.ts';

export const pseudsRoutes: readonly Route[] = [
  { method: 'GET', url: '/users/:login/pseuds', access: 'anyone', handler: showPseuds },
  { method: 'GET', url: '/users/:login/pseuds/new', access: 'user', handler: showNewPseud },
  { method: 'POST', url: '/users/:login/pseuds', access: 'user', handler: createPseudHandler },
  { method: 'GET', url: '/users/:login/pseuds/:pseud', access: 'anyone', handler: showPseud },
  { method: 'GET', url: '/users/:login/pseuds/:pseud/works', access: 'anyone', handler: showPseudWorks },
  { method: 'GET', url: '/users/:login/pseuds/:pseud/edit', access: 'user', handler: showEditPseud },
  { method: 'POST', url: '/users/:login/pseuds/:pseud/edit', access: 'user', handler: savePseud },
  { method: 'POST', url: '/users/:login/pseuds/:pseud/delete', access: 'user', handler: removePseud },
];
