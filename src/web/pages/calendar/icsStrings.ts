// UI strings of the calendar page's .ics download (GET /api/plans/:id/calendar.ics), zh first; same shape as
// app/strings/calendar.ts, so they can join that map (en must have exactly the keys of zh).
import type { Locale } from '../../app/messages';

const icsZh = {
  'calendar.ics.download': '下载日历(.ics)',
  'calendar.ics.department': '本单位的报送截止日期和督办单回复期限,可导入 Outlook、手机等日历',
  'calendar.ics.plan': '全部报送截止日期,可导入 Outlook、手机等日历',
} as const;

const icsEn: Record<keyof typeof icsZh, string> = {
  'calendar.ics.download': 'Download calendar (.ics)',
  'calendar.ics.department':
    "The department's report due dates and supervision-sheet response deadlines, for Outlook, a phone or any calendar app",
  'calendar.ics.plan': 'All report due dates, for Outlook, a phone or any calendar app',
};

export type IcsStringKey = keyof typeof icsZh;
export const icsStrings: Record<Locale, Record<IcsStringKey, string>> = { zh: icsZh, en: icsEn };
