/** The planner kit's strings in the current language, for the kit's components (reactive). */
import { reactiveT } from './index.svelte';
import { kit } from './kit';

export const t = reactiveT(kit);
