/** The feature list's strings (ui/FeatureList.svelte), loaded with it. */
import { enList } from './en-list';
import { core } from './translate';
import { zhList } from './zh-list';

export const list = core.with({ zh: zhList, en: enList });
