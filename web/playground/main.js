// GraphiQL for orgraph, bundled by build.mjs into dist/ so /playground works
// with no network: everything it loads comes from this server.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import './page.css';

// The explorer's "Open in Playground" links carry ?query= and ?variables=;
// edits are written back to the address so a reload or a shared link keeps them.
const params = new URLSearchParams(location.search);

function remember(key) {
  return (value) => {
    if (value) params.set(key, value);
    else params.delete(key);
    history.replaceState(null, '', `${location.pathname}?${params}`);
  };
}

// GraphiQL's fetcher, by hand rather than @graphiql/toolkit: one POST of JSON,
// asking for the GraphQL-over-HTTP media type so errors keep their status.
async function fetcher(body, opts) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: {
      ...opts?.headers,
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify(body),
  });
  return res.json();
}

createRoot(document.getElementById('graphiql')).render(createElement(GraphiQL, {
  fetcher,
  query: params.get('query') ?? undefined,
  variables: params.get('variables') ?? undefined,
  onEditQuery: remember('query'),
  onEditVariables: remember('variables'),
  defaultEditorToolsVisibility: params.has('variables'),
}));
