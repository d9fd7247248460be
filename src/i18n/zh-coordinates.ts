/**
 * A place given by coordinates (Chinese): the search list of what a typed coordinate can mean,
 * the marked place's card and the names of coordinate systems. Loaded with that code
 * (coordinates.ts).
 */
export const zhCoordinates = {
  'place.degrees': '经纬度',
  'place.invalid': '这不是有效的坐标（纬度 ±90°、经度 ±180° 以内，分、秒小于 60）',
  'place.choose': '坐标系无法确定，请选择：',
  'place.inside': '在本图范围内',
  'place.outside': '不在本图数据范围内',
  'place.coordinates': '{lat}，{lon}',
  'place.check': '核查此地',
  'place.clear': '移除标记',
  'place.accuracy': '定位精度约 {metres} 米',
  'crs.wgs84': 'WGS-84 经纬度',
  'crs.cgcs2000': 'CGCS2000 经纬度',
  'crs.gcj02': 'GCJ-02（高德/腾讯地图坐标）',
  'crs.gk.prefixed': 'CGCS2000 3度带 第{zone}带（中央经线 {cm}°，带号前缀）',
  'crs.gk.plain': 'CGCS2000 3度带 中央经线 {cm}°（无带号）',
  'crs.proj4-wkt': '.prj 文件所述坐标系',
} as const;
