package cypher

import (
	"slices"

	"github.com/orgraph/orgraph/org"
)

// withKeyNames gives each person or unit row, beside its keys, the names
// (the name and aliases as written) that normalize to each key, in the
// same order: stage_people.cypher and stage_units.cypher store them on the
// :OrgraphKey nodes, which the full-text index orgraph_key_names covers.
// The index is on the key nodes rather than on the people and units
// because the switch relabels every person and unit, and a full-text index
// on them made that one transaction outgrow Neo4j's memory at 100k people;
// a load creates key nodes with their final label and never relabels them.
func withKeyNames(rows []map[string]any) []map[string]any {
	for _, row := range rows {
		props := row["props"].(map[string]any)
		keys := row["keys"].([]string)
		spellings := append([]string{props["name"].(string)}, props["aliases"].([]string)...)
		names := make([][]string, len(keys))
		for _, s := range spellings {
			k := org.Normalize(s)
			for i, key := range keys {
				if key == k && !slices.Contains(names[i], s) {
					names[i] = append(names[i], s)
				}
			}
		}
		row["names"] = names
	}
	return rows
}
