/** Basemaps and my location (the first view's part; a place's card and coordinates are zh-coordinates.ts): Chinese strings. */
export const zhPlace = {
  'basemap.title': '底图',
  'basemap.refused.gcj02': '底图“{name}”采用 GCJ-02 坐标，与管控单元的 WGS-84/CGCS2000 坐标相差约 500 米，已停用。',
  'basemap.unknown': '链接中的底图“{id}”不在本站配置中，已显示默认底图。',
  'basemap.source': '底图：{name}',
  'basemap.bundled': '由本站数据绘制的离线底图，不向其他网站发送请求。',
  'place.title': '标记的地点',
  'place.locate': '我的位置',
  'place.locate.denied': '未获得定位权限。请在浏览器设置中允许本站使用位置信息。',
  'place.locate.unavailable': '无法获得您的位置（定位不可用或超时）。',
  'place.locate.outside': '您的位置不在本图数据范围（{name}）内。',
  'planner.origin.place': '标记的地点',
} as const;
