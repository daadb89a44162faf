// The dashboard's code, loaded once: at start when the app opens on it (startup.ts, beside the
// settings' reads), else when first shown.
import type { DashboardScreen } from './DashboardScreen';

let loading: Promise<{ DashboardScreen: typeof DashboardScreen }> | null = null;

export function loadDashboard(): Promise<{ DashboardScreen: typeof DashboardScreen }> {
  loading ??= import('./DashboardScreen');
  return loading;
}
