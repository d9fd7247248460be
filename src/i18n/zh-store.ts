/** Messages of tiled (national-scale) units: Chinese strings. */
export const zhStore = {
  'store.failed': '单元数据读取失败：{problem}',
} as const;
