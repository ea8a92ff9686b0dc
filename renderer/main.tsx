// First, before React or any dependency runs: no WebRTC in this page (see the module).
import './security/no-webrtc';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { i18nReady } from './app/i18n';
import './styles.css';

void i18nReady.then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  // Rendered in this task, not a scheduled one: the lock screen is the first thing a launch
  // must show (issue 11: ready to type within 300 ms).
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
