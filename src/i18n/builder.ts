/** The embed builder's strings (ui/embed/EmbedBuilder.svelte), loaded with it. */
import { enBuilder } from './en-builder';
import { core } from './translate';
import { zhBuilder } from './zh-builder';

export const builder = core.with({ zh: zhBuilder, en: enBuilder });
