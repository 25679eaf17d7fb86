// The editors' GraphiQL: queries /api/graphql with the admin's sign-in cookie.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

const root = document.getElementById('graphiql');
const endpoint = root.dataset.endpoint;

async function fetcher(request) {
  const response = await fetch(endpoint, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(request),
  });
  return response.json();
}

createRoot(root).render(<GraphiQL fetcher={fetcher} />);
