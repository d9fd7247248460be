/** Colours shared by the map, the legend and the panels, so they can never disagree. */
import type { Category, WaterClass } from '../data/contract';
import type { Scheme } from '../state/url';

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


/** The ring around sections where a river leaves for Sichuan (`cross_border: to-sichuan`). */
export const CROSS_BORDER_RING = '#7b2cbf';

const LIGHT = {
  background: '#dfe6ea',
  context: '#eef0ea',
  contextLine: '#b9bfb4',
  municipality: '#fbfaf5',
  districtLine: '#6f6a62',
  river: '#5aa7d6',
  label: '#2f2b26',
  halo: '#ffffff',
  highlight: '#1d2b36',
  contextLabel: '#6f746b',
  riverLabel: '#1f6f9f',
  unitOutline: '#ffffff',
  stationStroke: '#1d2b36',
};

/** Night colours: the basemap recedes; category and water-class colours stay as they are, so the
 *  legend reads the same in both schemes. */
const DARK: typeof LIGHT = {
  background: '#0c141a',
  context: '#161f26',
  contextLine: '#3b4751',
  municipality: '#1f2a33',
  districtLine: '#a9b3ba',
  river: '#3d8cc2',
  label: '#e8eef2',
  halo: '#0c141a',
  highlight: '#ffffff',
  contextLabel: '#9aa39a',
  riverLabel: '#8ccaf0',
  unitOutline: '#0c141a',
  stationStroke: '#e8eef2',
};

export const BASEMAPS: Record<Scheme, typeof LIGHT> = { light: LIGHT, dark: DARK };
