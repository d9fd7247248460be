import type { zhStore } from './zh-store';

export const enStore: Record<keyof typeof zhStore, string> = {
  'store.failed': 'Could not read the unit data: {problem}',
  'store.loadingUnit': 'Reading the unit…',
  'store.countNote': 'The legend counts all units (the district filter does not change the counts).',
};
