// Who reported to Dai Shan after January 2022? Any of her names works in
// place of 'Dai Shan' (戴珊, Daishan, 岱山): the name is reduced to orgraph's
// key form (org.Normalize: lower case, letters and digits only) and looked
// up among the :OrgraphKey nodes, one per normalized alias.
// A fact's endMax is the last day it may hold (99999999 while in force), so
// "after January 2022" is endMax on or after 1 February 2022.
WITH 'Dai Shan' AS name
WITH reduce(k = '', c IN split(toLower(name), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN c ELSE '' END) AS key
MATCH (:OrgraphKey {key: key})-[:KEY_OF]->(m:Person:Orgraph)
MATCH (p:Person:Orgraph)-[r:REPORTS_TO]->(m)
WHERE r.endMax >= 20220201
RETURN p.name AS person, r.validFrom AS since, r.sourceDocs AS documents
ORDER BY person;
