/** A place given by coordinates: the typed-coordinate list, the place card, coordinate-system names. */
import { enCoordinates } from './en-coordinates';
import { core } from './translate';
import { zhCoordinates } from './zh-coordinates';

export const coordinates = core.with({ zh: zhCoordinates, en: enCoordinates });
