// Every route of the supervision cycle (issue 5), registered by buildApp with one line.

import { ambitionRoutes } from '../ambition';
import { bulletinRoutes } from '../bulletins';
import { calendarRoutes } from '../calendar';
import type { App, Ctx } from '../context';
import { exportRoutes } from '../exports';
import { ledgerRoutes } from '../ledger';
import { notificationRoutes } from '../notifications';
import { reviewRoutes } from '../reviews';
import { registerScheduler } from '../scheduler';
import { sheetRoutes } from '../sheets';

export function supervisionRoutes(app: App, ctx: Ctx): void {
  for (const routes of [
    sheetRoutes,
    bulletinRoutes,
    reviewRoutes,
    exportRoutes,
    ambitionRoutes,
    ledgerRoutes,
    notificationRoutes,
    calendarRoutes,
    registerScheduler,
  ])
    routes(app, ctx);
}
