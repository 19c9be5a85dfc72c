/**
 * A SharePoint site as Graph names it: `host,site-collection-guid,web-guid` (what `GET /sites/...`
 * returns as `id`), or the site collection GUID alone. The path form (`host:/sites/name:`) is not
 * accepted: ids are put into URL paths as one segment.
 */
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SITE_ID = new RegExp(`^(?:[a-z0-9.-]+,${GUID},${GUID}|${GUID})$`, 'i');

export const SITE_ID_HINT = 'a SharePoint site id like contoso.sharepoint.com,<site guid>,<web guid>';

export function isSiteId(value: string): boolean {
  return SITE_ID.test(value.trim());
}
