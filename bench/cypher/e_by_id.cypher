// Raw Cypher for bench question (e), the reporting chain at a date (orgraph's rule: the line that started latest wins), finding the person by id.
// Params:  $id — the node id; $first, $last — the window's first and last day, "yyyy-mm-dd" strings
//          (the Neo4j GraphQL Library's Date scalar takes the same).
// Columns: chain (names, nearest first); n — this row's share of the answer size.
MATCH (x:Person:Orgraph {id: $id})
MATCH p = (x) ((a)-[r:REPORTS_TO]->(b:Person:Orgraph)
    WHERE r.startMin <= date($last) AND date($first) <= r.endMax
      AND NOT EXISTS {
        MATCH (a)-[o:REPORTS_TO]->(m:Person:Orgraph)
        WHERE o <> r AND o.startMin <= date($last) AND date($first) <= o.endMax
          AND (o.startMin > r.startMin
            OR o.startMin = r.startMin AND (o.endMax > r.endMax
              OR o.endMax = r.endMax AND m.id < b.id))
      }
  )* ()
WITH nodes(p) AS walk
ORDER BY size(walk) DESC
LIMIT 1
WITH [i IN range(1, size(walk) - 1) WHERE NOT walk[i] IN walk[..i] | walk[i].name] AS chain
RETURN chain, size(chain) AS n
