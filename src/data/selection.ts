/**
 * What a user can pick and narrow down in the data: one feature, and the filters over units and
 * sections. State keeps them (and writes them to the URL); lookups and search read them.
 */
import type { Category, WaterClass } from './contract';

export type SelectionKind = 'unit' | 'section' | 'point';
export interface Selection {
  kind: SelectionKind;
  id: string;
}

export interface Filters {
  categories: Category[];
  /** District adcode, or null for all. */
  district: string | null;
  classes: WaterClass[];
}
