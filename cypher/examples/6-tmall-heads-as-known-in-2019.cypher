// Who headed Tmall, as the documents published by the end of 2019 tell it
// (in GraphQL: unit(name: "Tmall") with knownAt: "2019"). A fact, person or
// unit counts when its `reported` date, the first day a document it cites
// may have been published, is on or before 31 December 2019; each fact then
// lists only those documents. As text, a publication date is on or before
// that day when its part before any "/" sorts no later than "2019-12-31":
// "2019", "2019-12" and ".." (open) do, "2020" does not, "" (undated) does.
// Any alias works in place of 'Tmall' (天猫): see example 1.
WITH 'Tmall' AS name
WITH reduce(k = '', c IN split(toLower(name), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN c ELSE '' END) AS key
CALL db.index.fulltext.queryNodes('orgraph_keys', '"' + key + '"') YIELD node AS u
MATCH (u:Unit:Orgraph)
MATCH (p:Person:Orgraph)-[r:HEADS]->(u)
WITH p, r, u, date('2019-12-31') AS day
WHERE r.reported <= day AND p.reported <= day AND u.reported <= day
RETURN p.name AS person, r.title AS title,
  [i IN range(0, size(r.sourceDocs) - 1)
    WHERE split(r.sourcePublished[i], '/')[0] <= '2019-12-31' | r.sourceDocs[i]] AS documents,
  r.validFrom AS from
ORDER BY person;
