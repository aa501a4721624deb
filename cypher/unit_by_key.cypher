// The unit one of whose normalized names (org.Normalize of the name or an
// alias) is $key, found through the orgraph_key index; no row when none
// is, the smallest id when several are.
// Params:  $key — a normalized name.
// Columns: id, name, kind, aliases, founded, dissolved, existsFrom,
//          existsTo (the lifespan org.Derive worked out),
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md);
//          links — every relationship of the unit, either way, at any
//          time and as known at any date, each a map with the columns of
//          links_out.cypher, node included: the first nesting level of a
//          request asks for some of them, which are then picked out in Go
//          (org.Window.Select) instead of read by another statement.
MATCH (:OrgraphKey {key: $key})-[:KEY_OF]->(n:OrgraphUnit)
WITH n ORDER BY n.id LIMIT 1
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases,
  n.founded AS founded, n.dissolved AS dissolved, n.existsFrom AS existsFrom, n.existsTo AS existsTo,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished,
  COLLECT {
    MATCH (n)-[r:HEADS|PART_OF|MERGED_INTO|SPLIT_FROM|RENAMED_TO]-(m:Orgraph)
    RETURN r {.title, .validFrom, .validTo, .startMin, .startMax, .endMin, .endMax, .inferred, .seq,
      .sourceDocs, .sourceNotes, .sourceTitles, .sourcePublished,
      rel: type(r), from: startNode(r).id, to: endNode(r).id,
      node: m {.id, .name, .kind, .aliases, .founded, .dissolved, .existsFrom, .existsTo,
        .sourceDocs, .sourceNotes, .sourceTitles, .sourcePublished}}
  } AS links
