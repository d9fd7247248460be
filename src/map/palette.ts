/** Colours shared by the map, the legend and the panels, so they can never disagree. */
import type { Category, WaterClass } from '../data/contract';

export const CATEGORY_COLORS: Record<Category, string> = {
  priority: '#3f9d5a',
  key: '#e0663f',
  general: '#e9d58a',
};

/** The customary colours for GB 3838-2002 classes Ⅰ…劣Ⅴ in Chinese water-quality maps. */
export const WATER_CLASS_COLORS: Record<WaterClass, string> = {
  1: '#7fd8f0',
  2: '#1f9fe0',
  3: '#3cc43c',
  4: '#f2d600',
  5: '#f28c00',
  6: '#e02020',
};

export const BASEMAP = {
  background: '#dfe6ea',
  context: '#eef0ea',
  contextLine: '#b9bfb4',
  municipality: '#fbfaf5',
  districtLine: '#6f6a62',
  river: '#5aa7d6',
  label: '#2f2b26',
  halo: '#ffffff',
  highlight: '#1d2b36',
};
