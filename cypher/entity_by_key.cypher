// The person or unit (label $label) one of whose normalized names
// (org.Normalize of the name or an alias) is $key, found through the
// orgraph_keys full-text index (schema_keys.cypher), which holds every
// generation's people and units, hence the label; no row when none is, the
// smallest id when several are.
// It comes with the relationships the rest of the request will ask for, its
// org.LinkPlan (plan.go), down to depth 4, so that a nested request costs
// this one statement. Each level is walked once: its links are collected
// for each (entry, node) pair, an empty list included, since "no links" is
// an answer too, and their far ends are the next level's nodes. A link and
// its far end come as their `packed` properties (packed.go), one read each.
// Params:  $key — a normalized name; $label — OrgraphPerson or OrgraphUnit;
//          $plan — the plan's first level, a list of maps {i, rel, out,
//          first, last, certain, timeless, known, next}: i numbers the
//          entries of the whole plan, next is the level below, and the rest
//          are the parameters of link_sets.cypher's sets.
// Columns: id, name, aliases, sourceDocs, sourceNotes, sourceTitles,
//          sourcePublished — parallel lists (see README.md); for units also
//          kind, founded, dissolved, existsFrom, existsTo;
//          planned — a map {set, key, links} for each entry i of the plan
//          and each node it applies to (key: the node found for the first
//          level's entries, else each node at the far end of a link its
//          parent entry selects): links holds the links link_sets.cypher
//          would select for that entry and key, as maps {link, node}: the
//          link's and its far end's packed properties.
CALL db.index.fulltext.queryNodes('orgraph_keys', '"' + $key + '"') YIELD node AS n
MATCH (n:$($label))
WITH n ORDER BY n.id LIMIT 1
CALL (n) {
  UNWIND $plan AS s
  WITH n AS a, s, COLLECT {
    CALL (n, s) {
      WITH n, s WHERE s.out
      MATCH (n)-[r:$(s.rel)]->(m:Orgraph) RETURN r, m
      UNION ALL
      WITH n, s WHERE NOT s.out
      MATCH (n)<-[r:$(s.rel)]-(m:Orgraph) RETURN r, m
    }
    WITH r, m WHERE r.startMin <= s.last AND s.first <= r.endMax
      AND (NOT s.certain OR CASE WHEN s.timeless THEN r.spanKnown
        ELSE r.startMax <= s.first AND s.last <= r.endMin END)
      AND r.reported <= s.known AND n.reported <= s.known AND m.reported <= s.known
    RETURN {m: m, link: r.packed, node: m.packed}
  } AS links
  RETURN collect({s: s, a: a, links: links}) AS level1
}
CALL (level1) {
  UNWIND level1 AS g
  UNWIND g.links AS l
  WITH DISTINCT g.s AS p, l.m AS a
  UNWIND p.next AS s
  WITH a, s, COLLECT {
    CALL (a, s) {
      WITH a, s WHERE s.out
      MATCH (a)-[r:$(s.rel)]->(m:Orgraph) RETURN r, m
      UNION ALL
      WITH a, s WHERE NOT s.out
      MATCH (a)<-[r:$(s.rel)]-(m:Orgraph) RETURN r, m
    }
    WITH r, m WHERE r.startMin <= s.last AND s.first <= r.endMax
      AND (NOT s.certain OR CASE WHEN s.timeless THEN r.spanKnown
        ELSE r.startMax <= s.first AND s.last <= r.endMin END)
      AND r.reported <= s.known AND a.reported <= s.known AND m.reported <= s.known
    RETURN {m: m, link: r.packed, node: m.packed}
  } AS links
  RETURN collect({s: s, a: a, links: links}) AS level2
}
CALL (level2) {
  UNWIND level2 AS g
  UNWIND g.links AS l
  WITH DISTINCT g.s AS p, l.m AS a
  UNWIND p.next AS s
  WITH a, s, COLLECT {
    CALL (a, s) {
      WITH a, s WHERE s.out
      MATCH (a)-[r:$(s.rel)]->(m:Orgraph) RETURN r, m
      UNION ALL
      WITH a, s WHERE NOT s.out
      MATCH (a)<-[r:$(s.rel)]-(m:Orgraph) RETURN r, m
    }
    WITH r, m WHERE r.startMin <= s.last AND s.first <= r.endMax
      AND (NOT s.certain OR CASE WHEN s.timeless THEN r.spanKnown
        ELSE r.startMax <= s.first AND s.last <= r.endMin END)
      AND r.reported <= s.known AND a.reported <= s.known AND m.reported <= s.known
    RETURN {m: m, link: r.packed, node: m.packed}
  } AS links
  RETURN collect({s: s, a: a, links: links}) AS level3
}
CALL (level3) {
  UNWIND level3 AS g
  UNWIND g.links AS l
  WITH DISTINCT g.s AS p, l.m AS a
  UNWIND p.next AS s
  WITH a, s, COLLECT {
    CALL (a, s) {
      WITH a, s WHERE s.out
      MATCH (a)-[r:$(s.rel)]->(m:Orgraph) RETURN r, m
      UNION ALL
      WITH a, s WHERE NOT s.out
      MATCH (a)<-[r:$(s.rel)]-(m:Orgraph) RETURN r, m
    }
    WITH r, m WHERE r.startMin <= s.last AND s.first <= r.endMax
      AND (NOT s.certain OR CASE WHEN s.timeless THEN r.spanKnown
        ELSE r.startMax <= s.first AND s.last <= r.endMin END)
      AND r.reported <= s.known AND a.reported <= s.known AND m.reported <= s.known
    RETURN {m: m, link: r.packed, node: m.packed}
  } AS links
  RETURN collect({s: s, a: a, links: links}) AS level4
}
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases,
  n.founded AS founded, n.dissolved AS dissolved, n.existsFrom AS existsFrom, n.existsTo AS existsTo,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished,
  [g IN level1 + level2 + level3 + level4 |
    {set: g.s.i, key: g.a.id, links: [l IN g.links | {link: l.link, node: l.node}]}] AS planned
