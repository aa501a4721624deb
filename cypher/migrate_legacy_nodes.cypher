// EnsureSchema, data step: nodes that orgraph before version 2 wrote lack
// the :Orgraph<Kind> labels, and their relationships lack the properties
// today's queries read. Take them out of :Orgraph, so that no query or load
// sees them, and mark them :OrgraphLegacy rather than delete them outside a
// load's transaction. Writes nothing once there are none.
// Params:  none.
// Columns: none.
MATCH (n:Orgraph)
WHERE NOT (n:OrgraphPerson OR n:OrgraphUnit OR n:OrgraphDocument OR n:OrgraphEvent)
REMOVE n:Orgraph
SET n:OrgraphLegacy
