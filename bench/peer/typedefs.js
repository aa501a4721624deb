// orgraph's graph model as the Neo4j GraphQL Library sees it: the same labels,
// properties and relationship types that `orgraph load` writes, with the
// startMin/endMax (Neo4j dates; 0001-01-01 for an unknown start, 9999-12-31
// for an open end) and title relationship properties exposed so a client
// can filter on the date window, as orgraph does.
export const typeDefs = /* GraphQL */ `
  type Span @relationshipProperties {
    startMin: Date!
    endMax: Date!
  }

  type Role @relationshipProperties {
    startMin: Date!
    endMax: Date!
    title: String
  }

  type Person @node(labels: ["Person", "Orgraph"]) {
    id: ID!
    name: String!
    aliases: [String!]
    keys: [String!]
    managers: [Person!]! @relationship(type: "REPORTS_TO", direction: OUT, properties: "Span")
    reports: [Person!]! @relationship(type: "REPORTS_TO", direction: IN, properties: "Span")
    heads: [Unit!]! @relationship(type: "HEADS", direction: OUT, properties: "Role")
  }

  type Unit @node(labels: ["Unit", "Orgraph"]) {
    id: ID!
    name: String!
    kind: String
    aliases: [String!]
    keys: [String!]
    parents: [Unit!]! @relationship(type: "PART_OF", direction: OUT, properties: "Span")
    children: [Unit!]! @relationship(type: "PART_OF", direction: IN, properties: "Span")
    headedBy: [Person!]! @relationship(type: "HEADS", direction: IN, properties: "Role")
  }

  type Query {
    "Lucene fuzzy search over orgraph's orgraph_entity_names full-text index (names and aliases of people and units, hidden load generations included, hence the label check)."
    fuzzyNames(lucene: String!, first: Int!): [String!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('orgraph_entity_names', $lucene) YIELD node, score
        WHERE node:Orgraph
        RETURN node.name AS name ORDER BY score DESC LIMIT $first
        """
        columnName: "name"
      )
  }
`;
