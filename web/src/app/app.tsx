import { lazy, Suspense, useState, type ComponentType } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createQueryClient } from '../api/query-client.ts';
import { ToastProvider } from '../kit/toast.tsx';
import { LoginPage } from '../pages/login-page.tsx';
import { PasswordPage } from '../pages/password-page.tsx';
import { AuthBridge } from './auth-bridge.tsx';
import { RequireSession, RoleGate } from './guards.tsx';
import { FullPageLoading } from './status-screens.tsx';

/**
 * Each page is its own chunk, fetched when its route is first opened: the sign-in page (eager, it
 * is the first thing most visits show) does not wait for the code of every back-office page.
 */
function page<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// The shell (navigation, top bar) is not needed to sign in either.
const AppShell = page(() => import('./app-shell.tsx'), 'AppShell');
const AccountDetailPage = page(() => import('../pages/account-detail-page.tsx'), 'AccountDetailPage');
const AccountsPage = page(() => import('../pages/accounts-page.tsx'), 'AccountsPage');
const ActionsPage = page(() => import('../pages/actions-page.tsx'), 'ActionsPage');
const AuditPage = page(() => import('../pages/audit-page.tsx'), 'AuditPage');
const CatalogOfferPage = page(() => import('../pages/catalog-offer-page.tsx'), 'CatalogOfferPage');
const CatalogPage = page(() => import('../pages/catalog-page.tsx'), 'CatalogPage');
const IncidentDetailPage = page(() => import('../pages/incident-detail-page.tsx'), 'IncidentDetailPage');
const IncidentsPage = page(() => import('../pages/incidents-page.tsx'), 'IncidentsPage');
const InternetSubscriptionPage = page(
  () => import('../pages/internet/subscription-page.tsx'),
  'InternetSubscriptionPage',
);
const InternetCatalogPage = page(
  () => import('../pages/internet/internet-catalog-page.tsx'),
  'InternetCatalogPage',
);
const InternetSubscriptionsPage = page(
  () => import('../pages/internet/subscriptions-page.tsx'),
  'InternetSubscriptionsPage',
);
const LineDetailPage = page(() => import('../pages/line-detail-page.tsx'), 'LineDetailPage');
const LinesPage = page(() => import('../pages/lines-page.tsx'), 'LinesPage');
const OrderFormPage = page(() => import('../pages/order-form-page.tsx'), 'OrderFormPage');
const HeldOrdersPage = page(() => import('../pages/orders/held-orders-page.tsx'), 'HeldOrdersPage');
const HeldCustomersPage = page(
  () => import('../pages/accounts/held-customers-page.tsx'),
  'HeldCustomersPage',
);
const HeldAppointmentsPage = page(
  () => import('../pages/incidents/held-appointments-page.tsx'),
  'HeldAppointmentsPage',
);
const OrderPage = page(() => import('../pages/order-page.tsx'), 'OrderPage');
const StockPage = page(() => import('../pages/stock-page.tsx'), 'StockPage');
const HomePage = page(() => import('../pages/home-page.tsx'), 'HomePage');
const NotFoundPage = page(() => import('../pages/not-found-page.tsx'), 'NotFoundPage');
const OutboxPage = page(() => import('../pages/outbox-page.tsx'), 'OutboxPage');

const SettingsPage = page(() => import('../pages/settings-page.tsx'), 'SettingsPage');
const TokensPage = page(() => import('../pages/tokens-page.tsx'), 'TokensPage');
const TmfHubPage = page(() => import('../pages/tmf-hub-page.tsx'), 'TmfHubPage');
const UserDetailPage = page(() => import('../pages/user-detail-page.tsx'), 'UserDetailPage');
const UsersPage = page(() => import('../pages/users-page.tsx'), 'UsersPage');
const UsageImportsPage = page(() => import('../pages/usage/usage-imports-page.tsx'), 'UsageImportsPage');
const LinesNearEnvelopePage = page(
  () => import('../pages/usage/lines-near-envelope-page.tsx'),
  'LinesNearEnvelopePage',
);
const InstallersPage = page(() => import('../pages/referral/installers-page.tsx'), 'InstallersPage');
const InstallerMapPage = page(() => import('../pages/referral/installer-map-page.tsx'), 'InstallerMapPage');
const InstallerPortalPage = page(() => import('../pages/referral/portal-page.tsx'), 'InstallerPortalPage');
const SetPasswordPage = page(() => import('../pages/set-password-page.tsx'), 'SetPasswordPage');

/**
 * Routes. Who may open a page is decided by NAVIGATION (navigation.ts) through RoleGate; a module
 * adds its routes here and its entry there.
 */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <BrowserRouter>
          <AuthBridge />
          <Suspense fallback={<FullPageLoading />}>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/set-password" element={<SetPasswordPage />} />
              <Route element={<RequireSession />}>
                <Route element={<AppShell />}>
                  <Route element={<RoleGate />}>
                    <Route index element={<HomePage />} />
                    <Route path="password" element={<PasswordPage />} />
                    <Route path="settings" element={<SettingsPage />} />
                    <Route path="users" element={<UsersPage />} />
                    <Route path="users/:id" element={<UserDetailPage />} />
                    <Route path="tokens" element={<TokensPage />} />
                    <Route path="tmf-hub" element={<TmfHubPage />} />
                    <Route path="audit" element={<AuditPage />} />
                    <Route path="catalog" element={<CatalogPage />} />
                    <Route path="catalog/:id" element={<CatalogOfferPage />} />
                    <Route path="accounts" element={<AccountsPage />} />
                    <Route path="accounts/:id" element={<AccountDetailPage />} />
                    <Route path="accounts/:id/orders/new" element={<OrderFormPage />} />
                    <Route path="orders/held" element={<HeldOrdersPage />} />
                    <Route path="appointments/held" element={<HeldAppointmentsPage />} />
                    <Route path="accounts/held" element={<HeldCustomersPage />} />
                    <Route path="orders/:id" element={<OrderPage />} />
                    <Route path="lines" element={<LinesPage />} />
                    <Route path="lines/:id" element={<LineDetailPage />} />
                    <Route path="stock" element={<StockPage />} />
                    <Route path="outbox" element={<OutboxPage />} />
                    <Route path="usage" element={<UsageImportsPage />} />
                    <Route path="usage/lines" element={<LinesNearEnvelopePage />} />
                    <Route path="actions" element={<ActionsPage />} />
                    <Route path="incidents" element={<IncidentsPage />} />
                    <Route path="incidents/:id" element={<IncidentDetailPage />} />
                    <Route path="installers" element={<InstallersPage />} />
                    <Route path="installer-map" element={<InstallerMapPage />} />
                    <Route path="installer" element={<InstallerPortalPage />} />
                    <Route path="internet" element={<InternetSubscriptionsPage />} />
                    <Route path="internet/catalog" element={<InternetCatalogPage />} />
                    <Route path="internet/:id" element={<InternetSubscriptionPage />} />
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Route>
              </Route>
            </Routes>
          </Suspense>
        </BrowserRouter>
      </ToastProvider>
    </QueryClientProvider>
  );
}
