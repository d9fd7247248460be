/**
 * What the zoning terms mean and where that is written (Chinese): the glossary's body
 * (ui/GlossaryTerms.svelte), loaded when a reader opens it (glossary.ts).
 */
export const zhGlossary = {
  'guide.term.unit': '环境管控单元',
  'guide.term.priority': '优先保护单元',
  'guide.term.key': '重点管控单元',
  'guide.term.general': '一般管控单元',
  'guide.term.accessList': '生态环境准入清单',
  'guide.def.unit': '以生态保护红线、环境质量底线、资源利用上线为基础，衔接行政边界划定的生态环境分区管控基本空间单元，分为优先保护、重点管控和一般管控三类。',
  'guide.def.priority': '以生态环境保护为主的区域，主要包括生态保护红线、一般生态空间和饮用水水源保护区等，依法禁止或限制大规模、高强度的工业和城镇开发建设。',
  'guide.def.key': '人口密集的城镇、工业集聚的园区以及开发强度高、污染物排放强度大的区域，以优化空间布局、加强污染物排放控制和环境风险防控、提高资源利用效率为主。',
  'guide.def.general': '优先保护单元和重点管控单元以外的区域，执行生态环境保护的基本要求。',
  'guide.def.accessList': '对每个管控单元，从空间布局约束、污染物排放管控、环境风险防控、资源利用效率四个方面提出的生态环境准入要求。',
  'guide.source': '依据：生态环境部《关于实施“三线一单”生态环境分区管控的指导意见（试行）》（环环评〔2021〕108 号）；中共中央办公厅、国务院办公厅《关于加强生态环境分区管控的意见》（2024 年）。',
} as const;
