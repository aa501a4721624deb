// Replace: deletes every :OrgraphKey node; the upserts of people and units
// create their keys afresh.
// Params:  none.
// Columns: none.
MATCH (k:OrgraphKey)
DETACH DELETE k
