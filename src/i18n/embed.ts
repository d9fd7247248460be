/** The embed view's strings (EmbedApp, its CSV) and its build-time text alternative. */
import { enEmbed } from './en-embed';
import { core } from './translate';
import { zhEmbed } from './zh-embed';

export const embed = core.with({ zh: zhEmbed, en: enEmbed });

export type EmbedKey = Parameters<typeof embed.translate>[1];
