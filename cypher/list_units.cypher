// One page of the units list (org.ListQuery): the units known at knownAt
// with a normalized name or alias starting with $prefix, found through the
// orgraph_keys full-text index (key* is a prefix query; * alone matches
// every key, so an empty prefix lists every one), ordered by
// name then id; all of them are counted, and the page is the first $first + 1
// after the cursor (the extra one says whether more follow).
// Params:  $prefix — org.Normalize of the prefix ("" for all);
//          $after — whether a cursor is given; $afterName, $afterId — it;
//          $first — the page size; $known — the last day of knownAt
//          (date 9999-12-31 for none).
// Columns: total — how many match; page — list of {name, id} maps.
CALL db.index.fulltext.queryNodes('orgraph_keys', $prefix + '*') YIELD node AS n
WITH n WHERE n:OrgraphUnit AND n.reported <= $known
WITH n
ORDER BY n.name, n.id
WITH collect({name: n.name, id: n.id}) AS matched
RETURN size(matched) AS total,
  [x IN matched WHERE NOT $after OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId)][0..$first + 1] AS page
