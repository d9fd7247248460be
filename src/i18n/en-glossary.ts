import type { zhGlossary } from './zh-glossary';

/** What the zoning terms mean and where that is written (English); see zh-glossary.ts. */
export const enGlossary: Record<keyof typeof zhGlossary, string> = {
  'guide.term.unit': 'Environmental control unit',
  'guide.term.priority': 'Priority protection unit',
  'guide.term.key': 'Key control unit',
  'guide.term.general': 'General control unit',
  'guide.term.accessList': 'Environmental access list',
  'guide.def.unit': 'The basic area of ecological-environment zoning, drawn from the ecological protection red line, the environmental quality floor and the resource use ceiling and fitted to administrative borders. Every unit is of one of three kinds: priority protection, key control or general control.',
  'guide.def.priority': 'Areas kept mainly for protecting the environment, such as ecological protection red lines, general ecological space and drinking-water source protection zones. Large-scale, high-intensity industrial and urban development is prohibited or restricted by law.',
  'guide.def.key': 'Dense towns, industrial parks and areas of intensive development or high pollutant discharge. Rules focus on the spatial layout, discharge control, environmental risk prevention and resource efficiency.',
  'guide.def.general': 'Everything outside priority protection and key control units. The basic environmental protection requirements apply.',
  'guide.def.accessList': 'The environmental requirements set for each control unit in four dimensions: spatial layout, pollutant discharge, environmental risk prevention and resource efficiency.',
  'guide.source': 'Source: Ministry of Ecology and Environment, Guiding Opinions on Implementing “Three Lines, One List” Ecological-Environment Zoning (trial), Huanhuanping [2021] No. 108; General Offices of the CPC Central Committee and the State Council, Opinions on Strengthening Ecological-Environment Zoning (2024).',
};
