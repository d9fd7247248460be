/**
 * Current names and English names of Chongqing's 38 county-level units and the neighbouring
 * provinces. echarts@4.9.0 predates two renames: 梁平县 → 梁平区 (500228 → 500155, 2016) and
 * 武隆县 → 武隆区 (500232 → 500156, 2016).
 */
export const RENAMES: Record<string, { adcode: string; name: string }> = {
  '500228': { adcode: '500155', name: '梁平区' },
  '500232': { adcode: '500156', name: '武隆区' },
};

export const DISTRICT_EN: Record<string, string> = {
  '500101': 'Wanzhou District',
  '500102': 'Fuling District',
  '500103': 'Yuzhong District',
  '500104': 'Dadukou District',
  '500105': 'Jiangbei District',
  '500106': 'Shapingba District',
  '500107': 'Jiulongpo District',
  '500108': 'Nan’an District',
  '500109': 'Beibei District',
  '500110': 'Qijiang District',
  '500111': 'Dazu District',
  '500112': 'Yubei District',
  '500113': 'Banan District',
  '500114': 'Qianjiang District',
  '500115': 'Changshou District',
  '500116': 'Jiangjin District',
  '500117': 'Hechuan District',
  '500118': 'Yongchuan District',
  '500119': 'Nanchuan District',
  '500120': 'Bishan District',
  '500151': 'Tongliang District',
  '500152': 'Tongnan District',
  '500153': 'Rongchang District',
  '500154': 'Kaizhou District',
  '500155': 'Liangping District',
  '500156': 'Wulong District',
  '500229': 'Chengkou County',
  '500230': 'Fengdu County',
  '500231': 'Dianjiang County',
  '500233': 'Zhong County',
  '500235': 'Yunyang County',
  '500236': 'Fengjie County',
  '500237': 'Wushan County',
  '500238': 'Wuxi County',
  '500240': 'Shizhu Tujia Autonomous County',
  '500241': 'Xiushan Tujia and Miao Autonomous County',
  '500242': 'Youyang Tujia and Miao Autonomous County',
  '500243': 'Pengshui Miao and Tujia Autonomous County',
};

/** Neighbouring provinces: echarts file stem → names. */
export const NEIGHBOURS = [
  { stem: 'sichuan', name: '四川省', name_en: 'Sichuan' },
  { stem: 'hubei', name: '湖北省', name_en: 'Hubei' },
  { stem: 'guizhou', name: '贵州省', name_en: 'Guizhou' },
  { stem: 'hunan', name: '湖南省', name_en: 'Hunan' },
  { stem: 'shanxi1', name: '陕西省', name_en: 'Shaanxi' },
] as const;

/** Short name for labels: 万州区 → 万州, 石柱土家族自治县 → 石柱, 忠县 stays 忠县. */
export function shortName(name: string): string {
  if (name.length <= 2) return name;
  const cut = ['土家族', '苗族'].map((k) => name.indexOf(k)).filter((i) => i > 0);
  if (cut.length) return name.slice(0, Math.min(...cut));
  return name.replace(/[区县]$/, '');
}
