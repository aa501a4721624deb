// Several links queries in one: for each entry of $sets, the relationships
// that links_out.cypher (out) or links_in.cypher (not out) returns for the
// entry's parameters, so that one nesting level of a request, which may
// ask for several relationships (a person's roles and managers), costs
// one statement.
// Params:  $sets — a list of maps {rel, out, ids, first, last, certain,
//          timeless, known}, each with the parameters of links_out.cypher
//          and whether to follow rel outwards from ids.
// Columns: set — the index in $sets the row answers; key — the id in its
//          ids; then link and node, as in links_out.cypher (node: the end
//          not in ids).
UNWIND range(0, size($sets) - 1) AS set
WITH set, $sets[set] AS q
CALL (q) {
  MATCH (a:Orgraph)-[r:$(q.rel)]->(b:Orgraph)
  WHERE q.out AND a.id IN q.ids
  RETURN a.id AS key, r, a, b, b AS node
  UNION ALL
  MATCH (a:Orgraph)-[r:$(q.rel)]->(b:Orgraph)
  WHERE NOT q.out AND b.id IN q.ids
  RETURN b.id AS key, r, a, b, a AS node
}
WITH set, q, key, r, a, b, node
WHERE r.startMin <= q.last AND q.first <= r.endMax
  AND (NOT q.certain OR CASE WHEN q.timeless THEN r.spanKnown
    ELSE r.startMax <= q.first AND q.last <= r.endMin END)
  AND r.reported <= q.known AND a.reported <= q.known AND b.reported <= q.known
RETURN set, key, r.packed AS link, node.packed AS node
