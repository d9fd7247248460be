/** Limits on hostile or broken uploads and data files: English strings. */
import type { zhHostile } from './zh-hostile';

export const enHostile: Record<keyof typeof zhHostile, string> = {
  'upload.error.too-large.vertices': 'The file holds {actual} vertices; the limit is {limit}. Please simplify it.',
  'upload.error.too-large.xml-elements': 'The file holds {actual} XML elements; the limit is {limit}. Please simplify or split it.',
  'upload.error.too-large.xml-nodes': 'The file holds {actual} XML nodes (elements, attributes, text…); the limit is {limit}. Please simplify or split it.',
  'upload.error.invalid-xml.dtd': 'The file contains a DTD (<!DOCTYPE … [ … ]>), which is not read, for safety. KML, GPX and TCX files need none: remove it and upload again.',
  'upload.error.worker-failed': 'The background reader stopped unexpectedly ({detail}) and was restarted. The current site is unchanged; please try again.',
  'upload.error.too-deep': 'The file nests too deep: {actual} levels; the limit is {limit}.',
  'upload.error.too-deep.geometry': 'GeometryCollections nest too deep: {actual} levels; the limit is {limit}.',
  'upload.error.too-deep.structure': 'The file’s structure nests too deep to be read.',
  'upload.error.too-many-rings': 'Layer {layer}, feature {feature} has {actual} rings; the limit is {limit}.',
  'upload.error.unsupported-shape-type': 'Layer {layer} holds {name} shapes (type {type}), which are not supported. Export polygons, lines or points.',
  'upload.error.text-too-long.prj': 'The .prj file is too long: {actual} characters; the limit is {limit}.',
  'upload.error.text-too-long.cell': 'The CSV cell in row {row}, column {column} is too long: {actual} characters; the limit is {limit}.',
  'upload.error.coordinates-out-of-range.at': 'Feature {feature}, vertex {vertex} ({x}, {y}) is out of range; check that vertex or the coordinate system.',
  'upload.warning.sliver-dropped': 'Dropped {count} zero-area rings (feature {features}); the rest was checked.',
  'upload.warning.dbf-records-clamped': 'The .dbf header of layer {layer} claims {declared} records but holds {kept}; {kept} were read.',
  'upload.warning.declared-crs-overruled': 'The file declares the coordinate system “{declared}”, which its numbers contradict; it was read as “{used}”. Please check the position.',
};
