// Each person's managers upward as of [$first, $last], nearest first.
// The path follows only REPORTS_TO relationships that overlap the window and
// are org.Preferred among the overlapping ones from the same person (no
// other starts later; then ends later; then has a smaller manager id): the
// NOT EXISTS prunes the expansion as it goes. Each person has one preferred
// line, so the paths are the prefixes of one walk, which ends when it would
// repeat a relationship. Once the walk reaches someone already on it, every
// later step does too; so the chain is the longest walk's people after the
// start, less those seen before, and it stops before anyone already in it.
// Params:  $ids — the people's ids; $first, $last — the date as yyyymmdd days.
// Columns: id — one of $ids; chain — its manager ids, nearest first.
//          No row for an unknown person.
UNWIND $ids AS id
CALL (id) {
MATCH p = (:OrgraphPerson {id: id})
  ((a)-[r:REPORTS_TO]->(b:OrgraphPerson)
    WHERE r.firstDay <= $last AND $first <= r.lastDay
      AND NOT EXISTS {
        MATCH (a)-[o:REPORTS_TO]->(m:OrgraphPerson)
        WHERE o <> r AND o.firstDay <= $last AND $first <= o.lastDay
          AND (o.firstDay > r.firstDay
            OR o.firstDay = r.firstDay AND (o.lastDay > r.lastDay
              OR o.lastDay = r.lastDay AND m.id < b.id))
      }
  )*
  ()
WITH nodes(p) AS walk
ORDER BY size(walk) DESC
LIMIT 1
RETURN [i IN range(1, size(walk) - 1) WHERE NOT walk[i] IN walk[..i] | walk[i].id] AS chain
}
RETURN id, chain
