import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pinnedTabId } from '../../lib/sidebar/active-tab';
import { App } from './app';
import './sidepanel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App pinnedTab={pinnedTabId(window.location.search)} />
  </StrictMode>,
);
