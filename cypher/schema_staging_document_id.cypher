// Schema: a range index on the id of a load's staging document nodes, which
// stage_cited_in.cypher seeks the documents by. Not a uniqueness
// constraint: its seeks take locks, and the visible label's constraint
// checks uniqueness at the switch anyway.
// Params:  none.
// Columns: none.
CREATE INDEX orgraph_staging_document_id IF NOT EXISTS
FOR (n:OrgraphStagingDocument) ON (n.id)
