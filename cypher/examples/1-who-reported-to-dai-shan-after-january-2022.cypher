// Who reported to Dai Shan after January 2022?
// A fact's endMax is the last day it may hold (99999999 while in force), so
// "after January 2022" is endMax on or after 1 February 2022.
MATCH (p:Person:Orgraph)-[r:REPORTS_TO]->(m:Person:Orgraph {name: 'Dai Shan'})
WHERE r.endMax >= 20220201
RETURN p.name AS person, r.validFrom AS since, r.sourceDocs AS documents
ORDER BY person;
