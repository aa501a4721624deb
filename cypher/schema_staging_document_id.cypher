// Schema: ids are unique among a load's staging document nodes (one staging
// generation exists at a time); the constraint's index serves the staging
// relationship statements' lookups by id.
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_staging_document_unique_id IF NOT EXISTS
FOR (n:OrgraphStagingDocument) REQUIRE n.id IS UNIQUE
