// Load, switch (first of two statements in one transaction): takes every
// visible orgraph node and key node out of sight by replacing its labels
// with :OrgraphRetired; Load deletes them in batches after the commit.
// Their relationships only join retired nodes, so no query reaches them.
// Params:  none.
// Columns: none.
MATCH (n)
WHERE n:Orgraph OR n:OrgraphKey
REMOVE n:Orgraph:OrgraphKey:Person:OrgraphPerson:Unit:OrgraphUnit:Document:OrgraphDocument:Event:OrgraphEvent
SET n:OrgraphRetired
