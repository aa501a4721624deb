// The one way the page reaches the server: POST /graphql.

/** A failed request: GraphQL errors (with extensions.code) or a transport failure. */
export class GraphQLError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** Runs a query and returns its data; any error in the answer throws, because a
 * half-answered view would show facts as missing that are merely unreadable. */
export async function gql(query, variables) {
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new GraphQLError(`The server cannot be reached (${e.message}).`, 'NETWORK');
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new GraphQLError(`The server answered ${res.status} ${res.statusText} without GraphQL JSON.`, 'HTTP');
  }
  if (body.errors?.length) {
    const e = body.errors[0];
    throw new GraphQLError(e.message, e.extensions?.code);
  }
  if (!res.ok || !body.data) throw new GraphQLError(`The server answered ${res.status}.`, 'HTTP');
  return body.data;
}

/** A link that opens the same query in /playground. gqlgen's GraphiQL page reads
 * ?query= and ?variables= when the server enables WithGraphiqlPersistStateInURL;
 * the query is also shown as text beside the link for when it does not. */
export function playgroundURL(query, variables) {
  const p = new URLSearchParams({ query: query.trim(), variables: JSON.stringify(variables, null, 2) });
  return `/playground?${p}`;
}
