import type { zhEmbed } from './zh-embed';

export const enEmbed: Record<keyof typeof zhEmbed, string> = {
  'embed.getData': 'Get the data (CSV)',
  'embed.openFull': 'Open the full map',
  'embed.source': 'Source: {name}',
  'embed.csvProvenance': 'Source',
  'embed.csvNotice': 'Note',
  'embed.csvKind': 'Kind',
  'embed.csvId': 'ID',
  'embed.csvName': 'Name',
  'embed.csvCategory': 'Control category / water class',
  'embed.csvDistrict': 'District',
  'embed.csvArea': 'Area (km²)',
  'embed.csvLon': 'Longitude',
  'embed.csvLat': 'Latitude',
  'summary.units': '{total} environmental control units: {priority} priority protection ({priorityShare} of the area), {key} key control ({keyShare}), {general} general control ({generalShare}).',
  'summary.sections': '{good} of {total} national monitoring sections are in water class Ⅰ–Ⅲ ({goodShare}).',
  'summary.toSichuan': '{good} of the {total} sections where rivers leave for Sichuan meet their target ({goodShare}).',
  'summary.imageAlt': 'Map of Chongqing’s environmental control units (priority protection, key control, general control) and national monitoring sections',
  'summary.noscript': 'The interactive map needs JavaScript and WebGL. A summary of the data follows.',
};
