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

// DateRange is the GraphQL view of a span of possible days.
type DateRange struct {
	// Earliest and Latest are exact days; zero when unbounded.
	Earliest, Latest org.Date
}

// dayRange turns day numbers into a DateRange; MinDay and MaxDay are unbounded.
func dayRange(first, last int) DateRange {
	return DateRange{Earliest: day(first), Latest: day(last)}
}

// day is the exact Date of a yyyymmdd day number, zero for MinDay or MaxDay.
func day(n int) org.Date {
	if n <= org.MinDay || n >= org.MaxDay {
		return org.Date{}
	}
	return org.Date{Year: n / 10000, Month: n / 100 % 100, Day: n % 100}
}

// rangeOf is the DateRange of a stated Range.
func rangeOf(r org.Range) DateRange { return dayRange(r.FirstDay(), r.LastDay()) }

// ValidFrom is when the reporting line started; zero when unknown.
func (l ReportingLine) ValidFrom() org.Date { return l.Span.From.Date() }

// ValidTo is when the reporting line ended; zero while in force.
func (l ReportingLine) ValidTo() org.Date { return l.Span.To.Date() }

// StartRange is the days the line may have started.
func (l ReportingLine) StartRange() DateRange { return dayRange(l.Bounds.StartMin, l.Bounds.StartMax) }

// EndRange is the days the line may have ended.
func (l ReportingLine) EndRange() DateRange { return dayRange(l.Bounds.EndMin, l.Bounds.EndMax) }

// FirstReported is the earliest publication among the line's sources.
func (l ReportingLine) FirstReported() org.Date { return org.FirstReported(l.Sources).Date() }

// ValidFrom is when the role started; zero when unknown.
func (l Role) ValidFrom() org.Date { return l.Span.From.Date() }

// ValidTo is when the role ended; zero while in force.
func (l Role) ValidTo() org.Date { return l.Span.To.Date() }

// StartRange is the days the role may have started.
func (l Role) StartRange() DateRange { return dayRange(l.Bounds.StartMin, l.Bounds.StartMax) }

// EndRange is the days the role may have ended.
func (l Role) EndRange() DateRange { return dayRange(l.Bounds.EndMin, l.Bounds.EndMax) }

// FirstReported is the earliest publication among the role's sources.
func (l Role) FirstReported() org.Date { return org.FirstReported(l.Sources).Date() }

// ValidFrom is when the membership started; zero when unknown.
func (l Membership) ValidFrom() org.Date { return l.Span.From.Date() }

// ValidTo is when the membership ended; zero while in force.
func (l Membership) ValidTo() org.Date { return l.Span.To.Date() }

// StartRange is the days the membership may have started.
func (l Membership) StartRange() DateRange { return dayRange(l.Bounds.StartMin, l.Bounds.StartMax) }

// EndRange is the days the membership may have ended.
func (l Membership) EndRange() DateRange { return dayRange(l.Bounds.EndMin, l.Bounds.EndMax) }

// FirstReported is the earliest publication among the membership's sources.
func (l Membership) FirstReported() org.Date { return org.FirstReported(l.Sources).Date() }

// Date is the narrowest partial date containing the merge, split or rename.
func (l LineageEdge) Date() org.Date { return l.Span.From.Date() }

// DateRange is the days the merge, split or rename may have happened.
func (l LineageEdge) DateRange() DateRange { return rangeOf(l.Span.From) }

// FirstReported is the earliest publication among the edge's sources.
func (l LineageEdge) FirstReported() org.Date { return org.FirstReported(l.Sources).Date() }

// Kind is the lineage relationship's type.
func (l LineageEdge) Kind() LineageKind { return LineageKind(l.Rel) }

// edge is any of the views above.
type edge interface {
	ReportingLine | Role | Membership | LineageEdge
}

// convert re-types a slice of links as one of the edge views above. The
// views point into links, which nothing writes once a store has answered:
// a copy of each link was most of what a long list allocated.
func convert[T edge](links []org.Link) []*T {
	out := make([]*T, len(links))
	for i := range links {
		out[i] = view[T](&links[i])
	}
	return out
}

// view is the link l as the edge view T, sharing its memory.
func view[T edge](l *org.Link) *T {
	var v any
	switch any((*T)(nil)).(type) {
	case *ReportingLine:
		v = (*ReportingLine)(l)
	case *Role:
		v = (*Role)(l)
	case *Membership:
		v = (*Membership)(l)
	case *LineageEdge:
		v = (*LineageEdge)(l)
	}
	return v.(*T)
}
