// Each person's managers upward in the window [$first, $last] (an `at`
// date), nearest first. The path follows only REPORTS_TO relationships that
// links_out.cypher would return for the window (they may hold in it,
// certainly when $certain, and were reported by knownAt, as were both their
// ends) and that are org.Preferred among those from the same person: no
// other beats it by [holds certainly, startMin, endMax], compared in that
// order (true beats false, a later start or end beats an earlier one; the
// bounds are the lifespan-clipped ones), and then by a smaller manager id.
// The NOT EXISTS prunes the expansion as it goes. Each person has one
// preferred line, so the paths are the prefixes of one walk, which ends
// when it would repeat a relationship. Once the walk reaches someone
// already on it, every later step does too; so the chain is the longest
// walk's people after the start, less those seen before, and it stops
// before anyone already in it.
// A line holds certainly (org.Window.Holds) when it surely started by the
// window's first day and had not ended by its last; in a window with no
// bounds ($timeless: no `at`), when its span is fully known (spanKnown).
// Params:  $ids — the people's ids; $key — a normalized name (or null, which
//          finds nothing: the query "" matches no key): also the person
//          entity_by_key.cypher finds by it, so that this can run
//          alongside that lookup; $first, $last — the date (one day)
//          as dates; $certain — follow only lines that hold certainly;
//          $timeless; $known — the last day of knownAt (date 9999-12-31 for none).
// Columns: id — one of $ids, or the person found by $key; chain — its manager ids, nearest first;
//          nodes — those managers' packed properties (see packed.go), which
//          a request's later People call then need not read again.
//          No row for an unknown person.
UNWIND $ids + COLLECT {
  CALL db.index.fulltext.queryNodes('orgraph_keys', '"' + coalesce($key, '') + '"') YIELD node AS n
  WITH n WHERE n:OrgraphPerson RETURN n.id AS id ORDER BY id LIMIT 1
} AS id
CALL (id) {
MATCH p = (s:OrgraphPerson {id: id} WHERE s.reported <= $known)
  ((a)-[r:REPORTS_TO]->(b:OrgraphPerson)
    WHERE r.startMin <= $last AND $first <= r.endMax
      AND r.reported <= $known AND b.reported <= $known
      AND (NOT $certain OR CASE WHEN $timeless THEN r.spanKnown
        ELSE r.startMax <= $first AND $last <= r.endMin END)
      AND NOT EXISTS {
        MATCH (a)-[o:REPORTS_TO]->(m:OrgraphPerson)
        WHERE o <> r AND o.startMin <= $last AND $first <= o.endMax
          AND o.reported <= $known AND m.reported <= $known
        WITH m, [CASE WHEN $timeless THEN o.spanKnown
            ELSE o.startMax <= $first AND $last <= o.endMin END, o.startMin, o.endMax] AS other,
          [CASE WHEN $timeless THEN r.spanKnown
            ELSE r.startMax <= $first AND $last <= r.endMin END, r.startMin, r.endMax] AS this
        WHERE (NOT $certain OR other[0])
          AND (other > this OR other = this AND m.id < b.id)
      }
  )*
  ()
WITH nodes(p) AS walk
ORDER BY size(walk) DESC
LIMIT 1
WITH [i IN range(1, size(walk) - 1) WHERE NOT walk[i] IN walk[..i] | walk[i]] AS chain
RETURN [m IN chain | m.id] AS chain, [m IN chain | m.packed] AS nodes
}
RETURN id, chain, nodes
