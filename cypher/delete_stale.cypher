// Replace, step 3: deletes the :Orgraph nodes that are not in the dataset,
// with whatever relationships they still have.
// Params:  $documents, $people, $units, $events — the dataset's ids of each kind.
// Columns: none.
MATCH (n:Orgraph)
WHERE NOT (n:Document AND n.id IN $documents
  OR n:Person AND n.id IN $people
  OR n:Unit AND n.id IN $units
  OR n:Event AND n.id IN $events)
DETACH DELETE n
