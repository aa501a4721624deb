// Load, switch (second statement): gives the staging generation the
// visible labels, so that readers see all of it at the commit.
// Params:  none.
// Columns: none.
MATCH (n:OrgraphStaging)
FOREACH (_ IN CASE WHEN n:OrgraphStagingPerson THEN [1] ELSE [] END | SET n:Person:Orgraph:OrgraphPerson)
FOREACH (_ IN CASE WHEN n:OrgraphStagingUnit THEN [1] ELSE [] END | SET n:Unit:Orgraph:OrgraphUnit)
FOREACH (_ IN CASE WHEN n:OrgraphStagingDocument THEN [1] ELSE [] END | SET n:Document:Orgraph:OrgraphDocument)
FOREACH (_ IN CASE WHEN n:OrgraphStagingEvent THEN [1] ELSE [] END | SET n:Event:Orgraph:OrgraphEvent)
REMOVE n:OrgraphStaging:OrgraphStagingPerson:OrgraphStagingUnit:OrgraphStagingDocument:OrgraphStagingEvent
