// Load, switch (first of two statements in one transaction): takes every
// visible orgraph node out of sight by replacing its visible labels with
// :OrgraphRetired (people and units keep :OrgraphKeyed, so the name
// indexes need no update here); Load deletes them in batches after the
// commit. Their relationships now lead only to retired nodes, which no
// query matches, so no query reaches them.
// Params:  none.
// Columns: none.
MATCH (n:Orgraph)
REMOVE n:Orgraph:Person:OrgraphPerson:Unit:OrgraphUnit:Document:OrgraphDocument:Event:OrgraphEvent
SET n:OrgraphRetired
