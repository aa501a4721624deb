// Schema: a range index on the id of a load's staging event nodes, which
// the staging relationship statements seek their ends by. Not a uniqueness
// constraint: its seeks take locks, and the visible label's constraint
// checks uniqueness at the switch anyway.
// Params:  none.
// Columns: none.
CREATE INDEX orgraph_staging_event_id IF NOT EXISTS
FOR (n:OrgraphStagingEvent) ON (n.id)
