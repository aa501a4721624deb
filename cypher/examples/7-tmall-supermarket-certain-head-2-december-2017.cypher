// Who certainly ran Tmall Supermarket on 2 December 2017, and who only may
// have: a head holds certainly when it surely started by that day (its
// latest possible start, startMax, is not after it) and surely had not
// ended before it (its earliest possible end, endMin, is not before it).
// An unknown start is never certain (startMax 9999-12-31).
// Any alias works in place of 'Tmall Supermarket' (天猫超市): see example 1.
WITH 'Tmall Supermarket' AS name
WITH reduce(k = '', c IN split(toLower(name), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN c ELSE '' END) AS key
CALL db.index.fulltext.queryNodes('orgraph_keys', '"' + key + '"') YIELD node AS u
MATCH (u:Unit:Orgraph)
MATCH (p:Person:Orgraph)-[r:HEADS]->(u)
WITH p, r, date('2017-12-02') AS day
WHERE r.startMin <= day AND day <= r.endMax
RETURN p.name AS person,
  CASE WHEN r.startMax <= day AND day <= r.endMin THEN 'CERTAINLY' ELSE 'POSSIBLY' END AS holds,
  r.title AS title, r.validFrom AS from, r.validTo AS to
ORDER BY holds, person;
