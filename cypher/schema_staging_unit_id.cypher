// Schema: ids are unique among a load's staging unit nodes (one staging
// generation exists at a time); the constraint's index serves the staging
// relationship statements' lookups by id.
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_staging_unit_unique_id IF NOT EXISTS
FOR (n:OrgraphStagingUnit) REQUIRE n.id IS UNIQUE
