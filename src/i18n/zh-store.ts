/** Messages of tiled (national-scale) units: Chinese strings. */
export const zhStore = {
  'store.failed': '单元数据读取失败：{problem}',
  'store.loadingUnit': '正在读取单元…',
  'store.countNote': '图例为全部单元的统计（按区县筛选不改变计数）。',
} as const;
