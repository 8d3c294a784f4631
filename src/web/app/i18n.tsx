// The language of the UI: Chinese by default, English by a switch remembered in localStorage. One context
// carries it to t(), antd's ConfigProvider, dayjs and the API client's Accept-Language header.
import { ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setApiLanguage } from '../api/client';
import { fontFamily } from './fonts';
import { format, type Locale, type MessageKey, messages } from './messages';

const storageKey = 'duban.locale';

// antd's styles come from its prebuilt stylesheet (antd/dist/antd.css, imported by main.tsx) instead of being
// generated in the browser for each component on its first render: that generation was the largest share
// of the dashboard's first-render script time (≈200–350 ms of ≈1 s on the 2-core machine). The font is a
// CSS variable (--ant-font-family), so the token still applies.
const theme: ThemeConfig = { zeroRuntime: true, token: { fontFamily } };

export function readStoredLocale(): Locale {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (next: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function applyLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
  setApiLanguage(locale);
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = readStoredLocale();
    applyLocale(initial);
    return initial;
  });
  useEffect(() => applyLocale(locale), [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    applyLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, values) => format(messages[locale][key], values) }),
    [locale, setLocale],
  );
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={locale === 'zh' ? zhCN : enUS} theme={theme}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
