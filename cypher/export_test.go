package cypher

// Statement is an embedded query file as the package holds it.
type Statement struct{ Name, Text string }

// Statements lists every statement the package loaded, schema included.
func Statements() []Statement {
	out := make([]Statement, len(statements))
	for i, s := range statements {
		out[i] = Statement{s.name, s.text}
	}
	return out
}

// QueryNames lists the embedded query files.
var QueryNames = queryNames
