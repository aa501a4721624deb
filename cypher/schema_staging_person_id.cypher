// Schema: ids are unique among a load's staging person nodes (one staging
// generation exists at a time); the constraint's index serves the staging
// relationship statements' lookups by id.
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_staging_person_unique_id IF NOT EXISTS
FOR (n:OrgraphStagingPerson) REQUIRE n.id IS UNIQUE
