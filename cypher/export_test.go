package cypher

import "slices"

// QueryNames lists the embedded query files.
var QueryNames = queryNames

// QueriesRan lists the query files run so far, sorted.
func QueriesRan() []string {
	var names []string
	ran.Range(func(k, _ any) bool {
		names = append(names, k.(string))
		return true
	})
	slices.Sort(names)
	return names
}
