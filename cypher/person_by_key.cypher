// The person one of whose normalized names (org.Normalize of the name or an
// alias) is $key, found through the orgraph_key index; no row when none
// is, the smallest id when several are.
// Params:  $key — a normalized name.
// Columns: id, name, aliases, sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md);
//          links — every relationship of the person, either way, at any
//          time and as known at any date, each a map with the columns of
//          links_out.cypher, node included: the first nesting level of a
//          request asks for some of them, which are then picked out in Go
//          (org.Window.Select) instead of read by another statement.
MATCH (:OrgraphKey {key: $key})-[:KEY_OF]->(n:OrgraphPerson)
WITH n ORDER BY n.id LIMIT 1
RETURN n.id AS id, n.name AS name, n.aliases AS aliases,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished,
  COLLECT {
    MATCH (n)-[r:REPORTS_TO|HEADS]-(m:Orgraph)
    RETURN r {.title, .validFrom, .validTo, .startMin, .startMax, .endMin, .endMax, .inferred, .seq,
      .sourceDocs, .sourceNotes, .sourceTitles, .sourcePublished,
      rel: type(r), from: startNode(r).id, to: endNode(r).id,
      node: m {.id, .name, .kind, .aliases, .founded, .dissolved, .existsFrom, .existsTo,
        .sourceDocs, .sourceNotes, .sourceTitles, .sourcePublished}}
  } AS links
