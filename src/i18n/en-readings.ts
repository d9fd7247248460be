import type { zhReadings } from './zh-readings';

/** English strings of a section's readings kept apart. */
export const enReadings: Record<keyof typeof zhReadings, string> = {
  'readings.loading': 'Reading the monthly values…',
  'readings.failed': 'The monthly values could not be read:',
};
