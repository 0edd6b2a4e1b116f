import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createQueryClient } from '../api/query-client.ts';
import { ToastProvider } from '../kit/toast.tsx';
import { AccountDetailPage } from '../pages/account-detail-page.tsx';
import { AccountsPage } from '../pages/accounts-page.tsx';
import { ActionsPage } from '../pages/actions-page.tsx';
import { AuditPage } from '../pages/audit-page.tsx';
import { CatalogOfferPage } from '../pages/catalog-offer-page.tsx';
import { CatalogPage } from '../pages/catalog-page.tsx';
import { IncidentDetailPage } from '../pages/incident-detail-page.tsx';
import { IncidentsPage } from '../pages/incidents-page.tsx';
import { LineDetailPage } from '../pages/line-detail-page.tsx';
import { LinesPage } from '../pages/lines-page.tsx';
import { OrderFormPage } from '../pages/order-form-page.tsx';
import { OrderPage } from '../pages/order-page.tsx';
import { StockPage } from '../pages/stock-page.tsx';
import { HomePage } from '../pages/home-page.tsx';
import { LoginPage } from '../pages/login-page.tsx';
import { SetPasswordPage } from '../pages/set-password-page.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { OutboxPage } from '../pages/outbox-page.tsx';
import { PasswordPage } from '../pages/password-page.tsx';
import { SettingsPage } from '../pages/settings-page.tsx';
import { TokensPage } from '../pages/tokens-page.tsx';
import { UserDetailPage } from '../pages/user-detail-page.tsx';
import { UsersPage } from '../pages/users-page.tsx';
import { AppShell } from './app-shell.tsx';
import { AuthBridge } from './auth-bridge.tsx';
import { RequireSession, RoleGate } from './guards.tsx';

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
                  <Route path="audit" element={<AuditPage />} />
                  <Route path="catalog" element={<CatalogPage />} />
                  <Route path="catalog/:id" element={<CatalogOfferPage />} />
                  <Route path="accounts" element={<AccountsPage />} />
                  <Route path="accounts/:id" element={<AccountDetailPage />} />
                  <Route path="accounts/:id/orders/new" element={<OrderFormPage />} />
                  <Route path="orders/:id" element={<OrderPage />} />
                  <Route path="lines" element={<LinesPage />} />
                  <Route path="lines/:id" element={<LineDetailPage />} />
                  <Route path="stock" element={<StockPage />} />
                  <Route path="outbox" element={<OutboxPage />} />
                  <Route path="actions" element={<ActionsPage />} />
                  <Route path="incidents" element={<IncidentsPage />} />
                  <Route path="incidents/:id" element={<IncidentDetailPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </ToastProvider>
    </QueryClientProvider>
  );
}
