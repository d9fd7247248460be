/** Chinese strings of the feature list (ui/FeatureList.svelte), the map's text alternative, loaded with it (list.ts). */
export const zhList = {
  'list.title': '要素列表',
  'list.close': '关闭列表',
  'list.kind': '列出',
  'list.kind.unit': '管控单元',
  'list.kind.section': '国控断面',
  'list.search': '在列表中查找',
  'list.searchHint': '名称、编码、区县或河流',
  'list.count': '{shown} / {total} 项',
  'list.empty': '没有符合条件的要素',
  'list.col.name': '名称',
  'list.col.category': '管控类别',
  'list.col.river': '河流',
  'list.col.district': '区县',
  'list.col.area': '面积',
  'list.col.class': '水质类别',
} as const;
