// Who reported to Dai Shan after January 2022? Any of her names works in
// place of 'Dai Shan' (戴珊, Daishan, 岱山): the name is reduced to orgraph's
// key form (org.Normalize: lower case, letters and digits only) and looked
// up in the full-text index orgraph_keys over every person's and unit's
// normalized aliases ("key" in quotes is one exact key); it holds hidden
// generations too, hence the labels on the next line.
// A fact's endMax is the last day it may hold, a Neo4j date (9999-12-31
// while in force), so "after January 2022" is endMax on or after 1 February.
WITH 'Dai Shan' AS name
WITH reduce(k = '', c IN split(toLower(name), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN c ELSE '' END) AS key
CALL db.index.fulltext.queryNodes('orgraph_keys', '"' + key + '"') YIELD node AS m
MATCH (m:Person:Orgraph)
MATCH (p:Person:Orgraph)-[r:REPORTS_TO]->(m)
WHERE r.endMax >= date('2022-02-01')
RETURN p.name AS person, r.validFrom AS since, r.sourceDocs AS documents
ORDER BY person;
