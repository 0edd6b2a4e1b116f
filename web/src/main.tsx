import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/i18n.ts';
import './kit/kit.css';
import './app/app.css';
import { App } from './app/app.tsx';
import { applyStoredTheme } from './app/theme.ts';

applyStoredTheme();

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

// The texts of the active language arrive as their own chunk (i18n.ts) before the first render.
void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
