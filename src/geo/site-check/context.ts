/** The indexes a site check runs against, built once per dataset. */
import type { DistrictProperties, Districts, Rivers, Sections, Units } from '../../data/contract';
import { buildPolygonIndex, type PolygonIndex } from '../polygon-index';
import { buildRiverIndex, type RiverIndex } from '../rivers';
import { buildSectionIndex, type SectionIndex } from '../sections';
import { buildUnitIndex, type UnitIndex } from '../unit-index';

/** Prebuilt indexes the site check runs against. Build once with {@link buildSiteCheckContext}. */
export interface SiteCheckContext {
  units: UnitIndex;
  districts?: PolygonIndex<DistrictProperties>;
  rivers?: RiverIndex;
  sections?: SectionIndex;
  /** Rivers reported with distances and bands (default 长江, 嘉陵江, 乌江). */
  riverNames?: readonly string[];
}

/** Build a {@link SiteCheckContext} from the dataset's layers (only `units` is required). */
export function buildSiteCheckContext(data: {
  units: Units;
  districts?: Districts;
  rivers?: Rivers;
  sections?: Sections;
  riverNames?: readonly string[];
}): SiteCheckContext {
  const ctx: SiteCheckContext = { units: buildUnitIndex(data.units) };
  if (data.districts) ctx.districts = buildPolygonIndex(data.districts);
  if (data.rivers) ctx.rivers = buildRiverIndex(data.rivers);
  if (data.sections) ctx.sections = buildSectionIndex(data.sections);
  if (data.riverNames) ctx.riverNames = data.riverNames;
  return ctx;
}
