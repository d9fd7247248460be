import type { zhList } from './zh-list';

/** English strings of the feature list. */
export const enList: Record<keyof typeof zhList, string> = {
  'list.title': 'Feature list',
  'list.close': 'Close the list',
  'list.kind': 'List',
  'list.kind.unit': 'Control units',
  'list.kind.section': 'Sections',
  'list.search': 'Find in the list',
  'list.searchHint': 'Name, code, district or river',
  'list.count': '{shown} of {total}',
  'list.empty': 'Nothing matches',
  'list.col.name': 'Name',
  'list.col.category': 'Category',
  'list.col.river': 'River',
  'list.col.district': 'District',
  'list.col.area': 'Area',
  'list.col.class': 'Class',
};
