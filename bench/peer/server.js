// The peer of `make bench`: Apollo Server with the Neo4j GraphQL Library over
// the same Neo4j database orgraph loads. Configured by the environment:
// PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
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
