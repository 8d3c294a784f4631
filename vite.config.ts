// Vite builds the SPA from src/web into dist/web, which the server serves (STACK.md pitfall 9). Vendor code
// is split so the first load stays small and ECharts is only fetched by pages that draw charts
// (STACK.md pitfall 8).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const serverPort = process.env.DUBAN_DEV_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack)[\\/]/,
              priority: 30,
            },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': serverPort } },
});
