import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from './queryClient.js';
import { createAppRouter, redirectHashRoute } from './router.js';
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import './layout.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
redirectHashRoute();
const queryClient = createQueryClient();
const router = createAppRouter();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
