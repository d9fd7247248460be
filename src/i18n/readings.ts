/** A section's readings kept apart from the points (national scale): reading, or why they failed. */
import { enReadings } from './en-readings';
import { core } from './translate';
import { zhReadings } from './zh-readings';

export const readingsText = core.with({ zh: zhReadings, en: enReadings });
