/**
 * Chinese strings of a section's readings kept apart (national scale), loaded with the panel that
 * reads them (ui/WaterDetails.svelte, readings.ts), not with the first view.
 */
export const zhReadings = {
  'readings.loading': '正在读取逐月监测值…',
  'readings.failed': '逐月监测值未能读取：',
} as const;
