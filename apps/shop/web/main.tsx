import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { loadConfig } from './config';
import './styles.css';

// The gateway's address comes from the shop's server at run time: one build serves any deployment.
loadConfig().then(
  (config) =>
    createRoot(document.getElementById('root')!).render(
      <BrowserRouter>
        <App config={config} />
      </BrowserRouter>,
    ),
  (err: Error) => {
    document.getElementById('root')!.textContent = `The shop could not start: ${err.message}`;
  },
);
