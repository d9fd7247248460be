import type { zhBuilder } from './zh-builder';

/** The embed builder dialog: English strings. */
export const enBuilder: Record<keyof typeof zhBuilder, string> = {
  'builder.title': 'Embed in a web page',
  'builder.view': 'View',
  'builder.view.current': 'Current view',
  'builder.view.default': 'Whole city (default)',
  'builder.selection': 'Include the selected feature',
  'builder.lang': 'Language',
  'builder.theme': 'Colours',
  'builder.interaction': 'Interaction',
  'builder.interaction.full': 'Full (click for details)',
  'builder.interaction.pan-zoom': 'Pan and zoom only',
  'builder.interaction.none': 'None',
  'builder.mapHeight': 'Map height (px)',
  'builder.embedTitle': 'Title',
  'builder.description': 'Description',
  'builder.plain': 'Plain (no title or footer)',
  'builder.preview': 'Preview',
  'builder.snippet.responsive': 'Auto-height code (recommended)',
  'builder.snippet.plain': 'Plain iframe code',
  'builder.copy': 'Copy',
  'builder.copied': 'Copied',
  'builder.close': 'Close the embed settings',
};
