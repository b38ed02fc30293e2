/** The OpenSearch 1.1 description document, so browsers can add the archive's search box. */
import { xmlEscape } from './atom.ts';

/** The document for an archive at `baseUrl` (no trailing slash) named `siteName`. */
export function renderOpenSearch(baseUrl: string, siteName: string): string {
  const query = `work_search%5Bquery%5D={searchTerms}`;
  // ShortName is limited to 16 characters by the specification.
  return `<?xml version="1.0" encoding="utf-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
<ShortName>${xmlEscape([...siteName].slice(0, 16).join(''))}</ShortName>
<Description>${xmlEscape(`Search the works of ${siteName}`)}</Description>
<InputEncoding>UTF-8</InputEncoding>
<Url type="text/html" method="get" template="${xmlEscape(`${baseUrl}/works/search?${query}`)}"/>
<Url type="application/atom+xml" template="${xmlEscape(`${baseUrl}/works/search.atom?${query}`)}"/>
<Url type="application/opensearchdescription+xml" rel="self" template="${xmlEscape(`${baseUrl}/opensearch.xml`)}"/>
</OpenSearchDescription>
`;
}
