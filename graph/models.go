package graph

import "github.com/orgraph/orgraph/org"

// The GraphQL edge types are views of org.Link: each names the link's ends
// the way its relationship reads, and gqlgen binds the methods below.
type (
	// ReportingLine is a REPORTS_TO link: person → manager.
	ReportingLine org.Link
	// Role is a HEADS link: person → unit, with a title.
	Role org.Link
	// Membership is a PART_OF link: unit → parent.
	Membership org.Link
	// LineageEdge is a MERGED_INTO, SPLIT_FROM or RENAMED_TO link: unit → target.
	LineageEdge org.Link
)

// ValidFrom is when the reporting line started; zero when unknown.
func (l ReportingLine) ValidFrom() org.Date { return l.Span.From }

// ValidTo is when the reporting line ended; zero while in force.
func (l ReportingLine) ValidTo() org.Date { return l.Span.To }

// ValidFrom is when the role started; zero when unknown.
func (l Role) ValidFrom() org.Date { return l.Span.From }

// ValidTo is when the role ended; zero while in force.
func (l Role) ValidTo() org.Date { return l.Span.To }

// ValidFrom is when the membership started; zero when unknown.
func (l Membership) ValidFrom() org.Date { return l.Span.From }

// ValidTo is when the membership ended; zero while in force.
func (l Membership) ValidTo() org.Date { return l.Span.To }

// Date is when the merge, split or rename happened.
func (l LineageEdge) Date() org.Date { return l.Span.From }

// Kind is the lineage relationship's type.
func (l LineageEdge) Kind() LineageKind { return LineageKind(l.Rel) }

// edge is any of the views above.
type edge interface {
	ReportingLine | Role | Membership | LineageEdge
}

// convert re-types a slice of links as one of the edge views above.
func convert[T edge](links []org.Link) []*T {
	out := make([]*T, len(links))
	for i := range links {
		v := T(links[i])
		out[i] = &v
	}
	return out
}
