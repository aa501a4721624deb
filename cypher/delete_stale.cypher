// Replace: deletes the :Orgraph nodes that are not in the dataset, with
// whatever relationships they still have. A node without its kind's
// :Orgraph<Kind> label was written by an earlier orgraph and is stale too:
// the upserts have just written its replacement.
// Params:  $documents, $people, $units, $events — the dataset's ids of each kind.
// Columns: none.
MATCH (n:Orgraph)
WHERE NOT (n:OrgraphDocument AND n.id IN $documents
  OR n:OrgraphPerson AND n.id IN $people
  OR n:OrgraphUnit AND n.id IN $units
  OR n:OrgraphEvent AND n.id IN $events)
DETACH DELETE n
