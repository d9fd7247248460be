/**
 * Sample access-list clauses (生态环境准入清单) per category and subtype, in the four standard
 * dimensions. Written for the illustrative dataset; they paraphrase the kinds of clauses
 * published plans contain and are NOT the official list of any unit.
 */
import type { AccessList, Category } from '../src/data/contract';

export type Subtype =
  | '生态保护红线'
  | '一般生态空间'
  | '饮用水水源保护区'
  | '自然保护地'
  | '城镇重点管控'
  | '工业园区'
  | '矿产资源开发区'
  | '一般管控区';

export const SUBTYPES: Record<Category, readonly Subtype[]> = {
  priority: ['生态保护红线', '一般生态空间', '饮用水水源保护区', '自然保护地'],
  key: ['城镇重点管控', '工业园区', '矿产资源开发区'],
  general: ['一般管控区'],
};

/** 长江干支流岸线一公里 rule (长江保护法 第二十六条). */
export const SHORELINE_RULE = '禁止在长江干支流岸线一公里范围内新建、扩建化工园区和化工项目。';
export const SHORELINE_5KM_RULE =
  '长江、嘉陵江、乌江岸线五公里范围内严格控制新建重化工、纸浆制造、印染等存在环境风险的项目。';

const CATEGORY_BASE: Record<Category, AccessList> = {
  priority: {
    spatial_layout: ['以生态保护为主，严格控制开发强度，禁止新建与生态保护功能不符的项目。'],
    pollutant_discharge: ['现有排污单位须稳定达标排放，不得新增污染物排放总量。'],
    risk_prevention: ['加强生态环境监测与巡查，及时处置生态破坏和环境污染事件。'],
    resource_efficiency: ['严格保护林地、草地、湿地等自然资源，禁止破坏性开采利用。'],
  },
  key: {
    spatial_layout: ['优化产业布局，新建项目须符合国土空间规划、产业政策和规划环评要求。'],
    pollutant_discharge: ['严格执行主要污染物排放总量控制，新建项目实行污染物排放等量或减量替代。'],
    risk_prevention: ['建立健全突发环境事件应急预案和风险防控体系，加强环境风险隐患排查。'],
    resource_efficiency: ['推进节能降碳和清洁生产，提高水资源和土地资源利用效率。'],
  },
  general: {
    spatial_layout: ['落实生态环境保护基本要求，合理控制开发强度，引导产业向园区集中。'],
    pollutant_discharge: ['加强农业面源污染和农村生活污水、垃圾治理。'],
    risk_prevention: ['加强土壤和地下水污染风险管控，规范畜禽养殖废弃物处理。'],
    resource_efficiency: ['推行节水灌溉和化肥农药减量增效，提高资源综合利用水平。'],
  },
};

const SUBTYPE_EXTRA: Record<Subtype, Partial<AccessList>> = {
  生态保护红线: {
    spatial_layout: [
      '生态保护红线内原则上禁止开发性、生产性建设活动，仅允许对生态功能不造成破坏的有限人为活动。',
    ],
    risk_prevention: ['禁止在生态保护红线内设置危险废物贮存、处置设施。'],
  },
  一般生态空间: {
    spatial_layout: ['一般生态空间内以保护为主，限制大规模工业化、城镇化开发。'],
    resource_efficiency: ['开展生态修复，提高森林覆盖率和水源涵养能力。'],
  },
  饮用水水源保护区: {
    spatial_layout: [
      '饮用水水源一级保护区内禁止新建、改建、扩建与供水设施和保护水源无关的建设项目。',
      '二级保护区内禁止新建、改建、扩建排放污染物的建设项目。',
    ],
    pollutant_discharge: ['禁止设置排污口。'],
    risk_prevention: ['禁止运输剧毒化学品和危险废物的车辆、船舶通行或停靠，确需通行的须采取防护措施。'],
  },
  自然保护地: {
    spatial_layout: ['自然保护地核心保护区内原则上禁止人为活动，一般控制区内限制开发建设。'],
    resource_efficiency: ['禁止在自然保护地内开矿、采石、挖沙等活动。'],
  },
  城镇重点管控: {
    spatial_layout: ['城市建成区内禁止新建重污染工业项目，现有重污染企业有序搬迁或关闭。'],
    pollutant_discharge: [
      '完善城镇污水收集管网，推进雨污分流，城镇污水处理厂出水稳定达到一级A及以上标准。',
      '严格控制施工扬尘和餐饮油烟污染。',
    ],
    resource_efficiency: ['推广绿色建筑和海绵城市建设，提高再生水利用率。'],
  },
  工业园区: {
    spatial_layout: ['入园项目须符合园区主导产业定位和规划环评要求，禁止引入不符合准入条件的项目。'],
    pollutant_discharge: ['园区工业废水实行集中处理，企业须达到纳管标准后接入园区污水处理设施。'],
    risk_prevention: ['园区须建立三级环境风险防控体系，设置事故应急池并定期开展应急演练。'],
    resource_efficiency: ['推动园区循环化改造，提高工业用水重复利用率和固体废物综合利用率。'],
  },
  矿产资源开发区: {
    spatial_layout: ['禁止新建露天开采非金属矿山（符合规划的除外），严格执行矿产资源规划分区管理。'],
    pollutant_discharge: ['矿山废水须处理达标后排放，尾矿、废石须规范贮存处置。'],
    risk_prevention: ['加强尾矿库环境风险防控和闭库治理。'],
    resource_efficiency: ['落实矿山地质环境恢复治理和土地复垦义务，建设绿色矿山。'],
  },
  一般管控区: {},
};

export interface RuleContext {
  category: Category;
  subtype: Subtype;
  /** The unit lies within 1 km of the bank of the Yangtze or one of its named tributaries. */
  nearRiver1km: boolean;
  /** The unit lies within 5 km of the Yangtze, Jialing or Wu. */
  nearMajor5km: boolean;
}

export function accessList(ctx: RuleContext): AccessList {
  const base = CATEGORY_BASE[ctx.category];
  const extra = SUBTYPE_EXTRA[ctx.subtype];
  const list: AccessList = {
    spatial_layout: [...(extra.spatial_layout ?? []), ...base.spatial_layout],
    pollutant_discharge: [...(extra.pollutant_discharge ?? []), ...base.pollutant_discharge],
    risk_prevention: [...(extra.risk_prevention ?? []), ...base.risk_prevention],
    resource_efficiency: [...(extra.resource_efficiency ?? []), ...base.resource_efficiency],
  };
  if (ctx.nearRiver1km) list.spatial_layout.push(SHORELINE_RULE);
  if (ctx.nearMajor5km && ctx.category !== 'priority') list.risk_prevention.push(SHORELINE_5KM_RULE);
  return list;
}
