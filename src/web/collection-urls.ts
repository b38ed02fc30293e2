/** Collection URLs (AO3's): names are word characters only, so they need no escaping. */

/** The collection's page. */
export const collectionPath = (name: string) => `/collections/${encodeURIComponent(name)}`;

/** The collection's filtered works listing. */
export const collectionWorksPath = (name: string) => `${collectionPath(name)}/works`;

/** Where its owner approves and removes works, and authors take theirs out. */
export const collectionItemsPath = (name: string) => `${collectionPath(name)}/items`;
