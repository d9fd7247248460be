/** Limits on hostile or broken uploads and data files: Chinese strings. */
export const zhHostile = {
  'upload.error.too-large.vertices': '文件共有 {actual} 个顶点，上限 {limit} 个。请简化后再上传。',
  'upload.error.too-large.xml-elements': '文件共有 {actual} 个 XML 元素，上限 {limit} 个。请简化或拆分后再上传。',
  'upload.error.too-large.xml-nodes': '文件共有 {actual} 个 XML 节点（元素、属性、文本等），上限 {limit} 个。请简化或拆分后再上传。',
  'upload.error.invalid-xml.dtd': '文件含有 DTD 声明（<!DOCTYPE … [ … ]>），出于安全考虑不予读取。KML、GPX、TCX 文件不需要 DTD，请删除后再上传。',
  'upload.error.worker-failed': '读取文件的后台线程意外停止（{detail}），已重新启动。当前场地保持不变，请重试。',
  'upload.error.too-deep': '文件嵌套过深：{actual} 层，上限 {limit} 层。',
  'upload.error.too-deep.geometry': '几何集合（GeometryCollection）嵌套过深：{actual} 层，上限 {limit} 层。',
  'upload.error.too-deep.structure': '文件结构嵌套过深，无法读取。',
  'upload.error.too-many-rings': '图层 {layer} 第 {feature} 个要素有 {actual} 个环，上限 {limit} 个。',
  'upload.error.unsupported-shape-type': '图层 {layer} 的几何类型为 {name}（类型码 {type}），不受支持。请导出为面、线或点。',
  'upload.error.text-too-long.prj': '.prj 文件过长：{actual} 个字符，上限 {limit} 个。',
  'upload.error.text-too-long.cell': 'CSV 第 {row} 行第 {column} 列的单元格过长：{actual} 个字符，上限 {limit} 个。',
  'upload.error.coordinates-out-of-range.at': '第 {feature} 个要素的第 {vertex} 个顶点（{x}, {y}）超出有效范围，请检查该顶点或坐标系。',
  'upload.warning.sliver-dropped': '删除了 {count} 个面积为零的环（第 {features} 个要素），其余部分照常检查。',
  'upload.warning.dbf-records-clamped': '图层 {layer} 的 .dbf 文件头声明 {declared} 条记录，实际只有 {kept} 条，已按 {kept} 条读取。',
  'upload.warning.declared-crs-overruled': '文件声明的坐标系“{declared}”与坐标数值不符，已按“{used}”读取，请核对结果位置。',
} as const;
