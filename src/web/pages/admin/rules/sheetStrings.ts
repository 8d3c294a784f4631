// UI strings of the 督办单 bounds on the rules page (rules.sheets in src/shared/rules.ts), zh first; same
// shape as app/strings/rules.ts, so they can join that map (en must have exactly the keys of zh).
import type { Locale } from '../../../app/messages';

const sheetsZh = {
  'rules.sheets': '督办单(每日巡查)',
  'rules.sheets.maxNewPerDay': '每日新发督办单上限',
  'rules.sheets.maxNewPerDay.help': '每日巡查对本计划最多新发的督办单数,其余顺延到以后几天;0 表示不新发。',
  'rules.sheets.maxNewPerDepartmentPerDay': '每个单位每日上限',
  'rules.sheets.maxNewPerDepartmentPerDay.help': '同一责任单位一天内最多收到的新督办单数;0 表示不新发。',
  'rules.sheets.unit': '件',
} as const;

const sheetsEn: Record<keyof typeof sheetsZh, string> = {
  'rules.sheets': 'Supervision sheets (daily review)',
  'rules.sheets.maxNewPerDay': 'New sheets per day, at most',
  'rules.sheets.maxNewPerDay.help':
    'The most new sheets the daily review issues for this plan in one day; the rest follow later. 0 = none.',
  'rules.sheets.maxNewPerDepartmentPerDay': 'Per department per day, at most',
  'rules.sheets.maxNewPerDepartmentPerDay.help':
    'The most new sheets one lead department receives in one day. 0 = none.',
  'rules.sheets.unit': 'sheets',
};

export type SheetStringKey = keyof typeof sheetsZh;
export const sheetStrings: Record<Locale, Record<SheetStringKey, string>> = { zh: sheetsZh, en: sheetsEn };
