import { DOMAIN_IDS, REGION_IDS } from '../schemas/enums';

/**
 * The collections whose ids are a closed set the site is built around (pages,
 * facets, the map): each listed id must have exactly one file. Sources are not
 * one: they are content, added by adding files.
 */
export const CLOSED_SETS = { regions: REGION_IDS, domains: DOMAIN_IDS } as const;
