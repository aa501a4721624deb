// Replace, last step: creates relationships between orgraph's nodes, found
// by id through the orgraph_id index, and returns the rows whose start or
// end node does not exist, so that Replace can fail (and roll everything
// back) rather than drop a fact.
// Params:  $rows — one map per relationship: rel (type), from, fromLabel,
//          to, toLabel (node ids and the :Orgraph<Kind> label each must
//          have), props.
// Columns: rel, from, to — of each row that could not be created.
UNWIND $rows AS row
OPTIONAL MATCH (a:Orgraph {id: row.from})
  WHERE row.fromLabel IN labels(a)
OPTIONAL MATCH (b:Orgraph {id: row.to})
  WHERE row.toLabel IN labels(b)
FOREACH (_ IN CASE WHEN a IS NULL OR b IS NULL THEN [] ELSE [1] END |
  CREATE (a)-[r:$(row.rel)]->(b)
  SET r = row.props)
WITH row, a, b
WHERE a IS NULL OR b IS NULL
RETURN row.rel AS rel, row.from AS from, row.to AS to
