/** The glossary's body (ui/GlossaryTerms.svelte), loaded when a reader opens it. */
import { enGlossary } from './en-glossary';
import { core } from './translate';
import { zhGlossary } from './zh-glossary';

export const glossary = core.with({ zh: zhGlossary, en: enGlossary });
