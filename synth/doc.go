// Package synth generates synthetic organisation histories in orgraph's
// dataset format, for tests and benchmarks at scale: `orgraph gen` writes
// one, Generate returns one in memory. The same Options always give the
// same bytes.
//
// # The model
//
// The organisation is a fixed tree of positions (tree.go): a CEO, then
// levels of managers whose reports number 3 to 12, and individual
// contributors, 6 to 10 levels deep depending on size. Each manager position
// heads a unit: the company, sectors, business groups, business units,
// departments and teams by level, each unit PART_OF the one above. People
// hold positions; a person's manager is whoever holds the position above.
//
// The first year (Options.From) is the organisation as founded; each later
// year up to Options.To brings, on days spread over the year:
//   - leavers (4% of positions a year): the position goes to a new hire, or
//     half the time to one of its reports, whose own position a hire takes;
//     so that a person's manager and a unit's head change;
//   - transfers: two people on the same level trade places, until about 15%
//     of people have had a new manager that year;
//   - merges (0.4% of units a year): a unit's sub-units move to a sibling, its
//     head becomes the sibling's deputy head and its own facts end;
//   - splits (0.3%): a new unit takes half of a unit's sub-units, headed by
//     one of the old head's reports;
//   - renames (0.5%): a new unit with a new name takes over everything.
//
// Every change ends the old fact on the day before and starts the new one on
// the day; a side is written at year or month precision only when that day
// starts a year or month, so one person's reporting lines never overlap at
// any precision. A quarter of the founding facts have an unknown start.
// Lineage changes and new heads of sectors are also events.
//
// Documents are staff bulletins and notices spread over the years (N/25,
// between 20 and 400); each fact cites one published on or soon after its
// start, and a second for its end. Names come from small tables of Chinese
// surnames and given-name characters (names.go): every person has a pinyin
// name, a Chinese alias, a given-name-first spelling and an employee code,
// and every fourth a 花名 with its pinyin. The tables spell about a million
// distinct names; beyond that namesakes are numbered ("Wang Wei 2").
//
// # Knobs
//
// People, Seed, the years From and To, and, for Write, ChunkSize: the records
// per file. Write streams records into files named after their list
// (people-0001.yaml, reports_to-0001.yaml, ...) while it generates, so its
// memory grows with the number of people, not of facts. The rates above are
// constants.
package synth
