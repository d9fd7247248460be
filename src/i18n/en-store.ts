import type { zhStore } from './zh-store';

export const enStore: Record<keyof typeof zhStore, string> = {
  'store.failed': 'Could not read the unit data: {problem}',
};
