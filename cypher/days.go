package cypher

import (
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/orgraph/orgraph/org"
)

// Package org counts days as yyyymmdd integers, with org.MinDay for an
// unknown start and org.MaxDay for an open end. The graph holds Neo4j
// `date` values instead, so that Browser users read and compare real dates
// (`r.startMin <= date('2019-09-10')`); the conversion happens here, at
// the boundary, in both directions. The two stand-ins become the extreme
// dates people expect of "unknown" and "open": 0001-01-01 and 9999-12-31.
// The dataset's own days lie in years 0001 to 9999, so the stand-ins are
// also the first day of year 1 and the last of year 9999: a dataset whose
// dates reach those two days would see them read as unknown or open. No
// history orgraph is for comes near them, and the stand-ins read far
// better in Browser than dates outside the years a dataset can write.
var (
	unknownStart = time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
	openEnd      = time.Date(9999, time.December, 31, 0, 0, 0, 0, time.UTC)
)

// date is the Neo4j date of a yyyymmdd day number.
func date(day int) neo4j.Date {
	switch {
	case day <= org.MinDay:
		return neo4j.DateOf(unknownStart)
	case day >= org.MaxDay:
		return neo4j.DateOf(openEnd)
	}
	return neo4j.DateOf(time.Date(day/10000, time.Month(day/100%100), day%100, 0, 0, 0, 0, time.UTC))
}

// dayOf is the yyyymmdd day number of a Neo4j date; the extreme dates read
// back as org.MinDay and org.MaxDay.
func dayOf(d dbtype.Date) int {
	t := d.Time()
	switch {
	case !t.After(unknownStart):
		return org.MinDay
	case !t.Before(openEnd):
		return org.MaxDay
	}
	return t.Year()*10000 + int(t.Month())*100 + t.Day()
}
