// The one font stack of the app: Chinese must render with a CJK face on Linux (Noto), macOS (PingFang)
// and Windows (Microsoft YaHei); index.html repeats it for the first paint before React mounts.
export const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Source Han Sans SC'",
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'WenQuanYi Micro Hei'",
  'sans-serif',
].join(', ');
