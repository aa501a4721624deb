package server

import "time"

// Limits bound what one request may cost. Every limit is enforced before
// the work it guards, so a request over a limit is answered at once with a
// 4xx or a GraphQL error carrying extensions.code, and never echoes what it
// sent. A zero field means "use the default"; see DefaultLimits.
type Limits struct {
	// BodyBytes caps a request body; larger bodies get 413.
	BodyBytes int64
	// Tokens caps the lexer tokens of one GraphQL document, so the parser
	// (which recurses per nesting level) never sees a huge document.
	Tokens int
	// Depth caps how deeply selection sets nest, through fragments.
	// Introspection fields are left to gqlparser's own introspection rule.
	Depth int
	// Nodes caps the fields of a document once its fragments are expanded:
	// fragment doubling makes that number exponential in the document's size.
	Nodes int
	// Aliases caps the aliased fields of a document.
	Aliases int
	// Operations caps the operations of a document.
	Operations int
	// RepeatedFields caps how often one response name appears in one
	// selection set; gqlparser compares every pair of them.
	RepeatedFields int
	// Complexity caps the estimated objects an operation returns: every
	// object-typed field counts 1 per item, and a list counts as its
	// `first` argument where it has one, or as ListFanOut items.
	Complexity int
	// ListFanOut is the expected length of a list without `first`.
	ListFanOut int
	// TextRunes caps every String argument (search text, names).
	TextRunes int
	// Timeout is each GraphQL request's deadline; the store sees it.
	Timeout time.Duration
	// ReadHeaderTimeout, ReadTimeout, WriteTimeout and IdleTimeout are the
	// http.Server's: slow headers or bodies and idle keep-alive connections
	// are dropped instead of held.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// NoIntrospection turns GraphQL introspection off (the Playground's
	// schema docs and completion need it).
	NoIntrospection bool
}

// DefaultLimits are the limits New applies unless told otherwise. They
// leave room for the explorer's largest query (the org chart, complexity
// about 56,000 with the default fan-out) and GraphiQL's introspection query.
func DefaultLimits() Limits {
	return Limits{
		BodyBytes:      1 << 20,
		Tokens:         5000,
		Depth:          12,
		Nodes:          2000,
		Aliases:        30,
		Operations:     10,
		RepeatedFields: 20,
		Complexity:     200_000,
		ListFanOut:     5,
		TextRunes:      200,
		Timeout:        15 * time.Second,
		// Writing starts after the request's deadline at the latest.
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
}

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	def := func(v *int, dv int) {
		if *v <= 0 {
			*v = dv
		}
	}
	if l.BodyBytes <= 0 {
		l.BodyBytes = d.BodyBytes
	}
	def(&l.Tokens, d.Tokens)
	def(&l.Depth, d.Depth)
	def(&l.Nodes, d.Nodes)
	def(&l.Aliases, d.Aliases)
	def(&l.Operations, d.Operations)
	def(&l.RepeatedFields, d.RepeatedFields)
	def(&l.Complexity, d.Complexity)
	def(&l.ListFanOut, d.ListFanOut)
	def(&l.TextRunes, d.TextRunes)
	for _, t := range []struct{ v, d *time.Duration }{
		{&l.Timeout, &d.Timeout}, {&l.ReadHeaderTimeout, &d.ReadHeaderTimeout},
		{&l.ReadTimeout, &d.ReadTimeout}, {&l.WriteTimeout, &d.WriteTimeout}, {&l.IdleTimeout, &d.IdleTimeout},
	} {
		if *t.v <= 0 {
			*t.v = *t.d
		}
	}
	return l
}
