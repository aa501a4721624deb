// The person or unit (label $label) one of whose normalized names
// (org.Normalize of the name or an alias) is $key, found through the
// orgraph_key index; no row when none is, the smallest id when several are.
// It comes with the relationships the rest of the request will ask for, its
// org.LinkPlan (plan.go), down to depth 4, so that a nested request costs
// this one statement.
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
//          level's entries, else each node at the far end of a relationship
//          its parent entry selects): links holds what link_sets.cypher
//          returns for that entry and key, as maps with its columns.
MATCH (:OrgraphKey {key: $key})-[:KEY_OF]->(n:$($label))
WITH n ORDER BY n.id LIMIT 1
// The far ends each level of the plan reaches, with the entry that reached
// them: the starts of the next level.
CALL (n) {
  UNWIND $plan AS s
  CALL (n, s) {
    MATCH (n)-[r:$(s.rel)]->(m:Orgraph) WHERE s.out RETURN r, m
    UNION
    MATCH (n)<-[r:$(s.rel)]-(m:Orgraph) WHERE NOT s.out RETURN r, m
  }
  WITH s, n, r, m
  WHERE r.startMin <= s.last AND s.first <= r.endMax
    AND (NOT s.certain OR CASE WHEN s.timeless THEN r.spanKnown
      ELSE r.startMax <= s.first AND s.last <= r.endMin END)
    AND r.reported <= s.known AND n.reported <= s.known AND m.reported <= s.known
  RETURN collect(DISTINCT {s: s, m: m}) AS reached1
}
CALL (reached1) {
  UNWIND reached1 AS x
  WITH x.m AS a, x.s AS p
  UNWIND p.next AS s
  CALL (a, s) {
    MATCH (a)-[r:$(s.rel)]->(m:Orgraph) WHERE s.out RETURN r, m
    UNION
    MATCH (a)<-[r:$(s.rel)]-(m:Orgraph) WHERE NOT s.out RETURN r, m
  }
  WITH s, a, r, m
  WHERE r.startMin <= s.last AND s.first <= r.endMax
    AND (NOT s.certain OR CASE WHEN s.timeless THEN r.spanKnown
      ELSE r.startMax <= s.first AND s.last <= r.endMin END)
    AND r.reported <= s.known AND a.reported <= s.known AND m.reported <= s.known
  RETURN collect(DISTINCT {s: s, m: m}) AS reached2
}
CALL (reached2) {
  UNWIND reached2 AS x
  WITH x.m AS a, x.s AS p
  UNWIND p.next AS s
  CALL (a, s) {
    MATCH (a)-[r:$(s.rel)]->(m:Orgraph) WHERE s.out RETURN r, m
    UNION
    MATCH (a)<-[r:$(s.rel)]-(m:Orgraph) WHERE NOT s.out RETURN r, m
  }
  WITH s, a, r, m
  WHERE r.startMin <= s.last AND s.first <= r.endMax
    AND (NOT s.certain OR CASE WHEN s.timeless THEN r.spanKnown
      ELSE r.startMax <= s.first AND s.last <= r.endMin END)
    AND r.reported <= s.known AND a.reported <= s.known AND m.reported <= s.known
  RETURN collect(DISTINCT {s: s, m: m}) AS reached3
}
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases,
  n.founded AS founded, n.dissolved AS dissolved, n.existsFrom AS existsFrom, n.existsTo AS existsTo,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished,
  COLLECT {
    UNWIND [{s: {next: $plan}, m: n}] + reached1 + reached2 + reached3 AS x
    WITH x.m AS a, x.s AS p
    UNWIND p.next AS s
    RETURN {set: s.i, key: a.id, links: COLLECT {
      CALL (a, s) {
        MATCH (a)-[r:$(s.rel)]->(m:Orgraph) WHERE s.out RETURN r, m
        UNION
        MATCH (a)<-[r:$(s.rel)]-(m:Orgraph) WHERE NOT s.out RETURN r, m
      }
      WITH s, a, r, m
      WHERE r.startMin <= s.last AND s.first <= r.endMax
        AND (NOT s.certain OR CASE WHEN s.timeless THEN r.spanKnown
          ELSE r.startMax <= s.first AND s.last <= r.endMin END)
        AND r.reported <= s.known AND a.reported <= s.known AND m.reported <= s.known
      RETURN r {.title, .validFrom, .validTo, .startMin, .startMax, .endMin, .endMax, .inferred, .seq,
        .sourceDocs, .sourceNotes, .sourceTitles, .sourcePublished,
        rel: type(r), from: startNode(r).id, to: endNode(r).id,
        node: m {.id, .name, .kind, .aliases, .founded, .dissolved, .existsFrom, .existsTo,
          .sourceDocs, .sourceNotes, .sourceTitles, .sourcePublished}}
    }}
  } AS planned
