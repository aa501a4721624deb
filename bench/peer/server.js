// The peer of `make bench`: Apollo Server with the Neo4j GraphQL Library over
// the same Neo4j database orgraph loads. Configured by the environment:
// PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; with
// PEER_PROFILE_PORT set, every statement the library generates runs under
// PROFILE and GET http://127.0.0.1:PEER_PROFILE_PORT/ returns (and resets)
// {statements, dbHits} since the last GET.
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { typeDefs } from "./typedefs.js";

const env = (k, d) => process.env[k] || d;
const driver = neo4j.driver(
  env("NEO4J_URI", "neo4j://127.0.0.1:7687"),
  neo4j.auth.basic(env("NEO4J_USER", "neo4j"), env("NEO4J_PASSWORD", "orgraph-dev")),
  // As many pooled connections as the Go clients get, so concurrency 16 is not
  // queued inside the peer's driver.
  { maxConnectionPoolSize: 100 },
);
if (env("PEER_PROFILE_PORT", "")) profile(driver, Number(env("PEER_PROFILE_PORT")));

const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(env("PORT", "4000")) },
  // The library reads the database name from the context.
  context: async () => ({ sessionConfig: { database: env("NEO4J_DATABASE", "neo4j") } }),
});
console.log(`peer ready at ${url}`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

// profile wraps the driver's sessions so that each transaction's statements
// run as PROFILE (after the library's "CYPHER 5" prefix), counting them and
// summing their database hits.
function profile(driver, port) {
  let stats = { statements: 0, dbHits: 0 };
  const hits = (p) => (p ? (p.dbHits || 0) + (p.children || []).reduce((n, c) => n + hits(c), 0) : 0);
  const wrapTx = (tx) => {
    const run = tx.run.bind(tx);
    tx.run = async (query, params) => {
      const profiled = query.replace(/^((?:CYPHER[^\n]*\n)*)/, "$1PROFILE ");
      const result = await run(profiled, params);
      stats.statements++;
      stats.dbHits += hits(result.summary.profile);
      return result;
    };
    return tx;
  };
  const session = driver.session.bind(driver);
  driver.session = (cfg) => {
    const s = session(cfg);
    for (const m of ["executeRead", "executeWrite"]) {
      const orig = s[m].bind(s);
      s[m] = (work, txConfig) => orig((tx) => work(wrapTx(tx)), txConfig);
    }
    return s;
  };
  http
    .createServer((_, res) => {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify(stats));
      stats = { statements: 0, dbHits: 0 };
    })
    .listen(port, "127.0.0.1");
}
