package cypher_test

import (
	"slices"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
)

// TestStatements has one case per embedded query file with parameters of
// the types the Go code passes: Neo4j must plan each one (EXPLAIN runs
// nothing). A file without a case, or without a handle in the package,
// fails the test, so every file is at least planned by a real Neo4j.
func TestStatements(t *testing.T) {
	ids := map[string]any{"ids": []string{"a", "b"}}
	// Dates go as Neo4j dates, as the store passes them.
	day := func(y int, m time.Month, d int) neo4j.Date {
		return neo4j.DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	}
	known := day(2019, 12, 31)
	win := func(p map[string]any) map[string]any {
		p["first"], p["last"] = day(2017, 1, 1), day(2017, 12, 31)
		p["certain"], p["timeless"], p["known"] = true, false, known
		return p
	}
	rows := func(row map[string]any) map[string]any { return map[string]any{"rows": []map[string]any{row}} }
	node := map[string]any{"id": "x", "name": "X", "aliases": []string{"Ex"}, "keys": []string{"x", "ex"}}
	link := map[string]any{"rel": "REPORTS_TO", "from": "a", "fromLabel": "OrgraphPerson", "to": "b", "toLabel": "OrgraphPerson", "props": map[string]any{}}
	cases := map[string]map[string]any{
		"ready": {"model": "orgraph-graph-v6"},
		"entity_by_key": {"key": "alice", "label": "OrgraphPerson", "plan": []map[string]any{
			win(map[string]any{"i": 0, "rel": "REPORTS_TO", "out": false, "next": []map[string]any{
				win(map[string]any{"i": 1, "rel": "HEADS", "out": true, "next": []map[string]any{}})}})}},
		"people":                  ids,
		"units":                   ids,
		"search_digest":           nil,
		"search_entries":          nil,
		"events":                  win(map[string]any{}),
		"links_out":               win(map[string]any{"rel": "REPORTS_TO", "ids": []string{"a"}}),
		"links_in":                win(map[string]any{"rel": "HEADS", "ids": []string{"a"}}),
		"link_sets":               {"sets": []map[string]any{win(map[string]any{"rel": "HEADS", "out": true, "ids": []string{"a"}})}},
		"reporting_chain":         win(map[string]any{"ids": []string{"a"}, "key": "alice"}),
		"lineage":                 {"ids": []string{"a", "b"}, "key": "tmall", "known": known},
		"changes_links":           win(map[string]any{}),
		"changes_units":           win(map[string]any{}),
		"cited_links":             {"doc": "d", "known": known},
		"cited_events":            {"doc": "d"},
		"cited_entities":          {"doc": "d"},
		"list_people":             {"prefix": "al", "after": true, "afterName": "Al", "afterId": "a", "first": int64(20), "known": known},
		"list_units":              {"prefix": "", "after": false, "afterName": "", "afterId": "", "first": int64(100), "known": day(9999, 12, 31)},
		"snapshot_documents":      nil,
		"snapshot_people":         nil,
		"snapshot_units":          nil,
		"snapshot_links":          nil,
		"load_lock":               nil,
		"load_set_digest":         {"digest": "abc", "source": "s"},
		"load_set_source":         {"source": "s"},
		"load_source":             nil,
		"load_acquire":            {"token": "t", "seconds": int64(60)},
		"load_renew":              {"token": "t", "seconds": int64(60)},
		"load_release":            {"token": "t"},
		"delete_generation":       {"limit": int64(10)},
		"delete_legacy_keys":      {"limit": int64(10)},
		"delete_generation_links": {"limit": int64(10)},
		"stage_documents":         rows(map[string]any{"id": "d"}),
		"stage_people":            rows(node),
		"stage_units":             rows(node),
		"stage_events":            rows(map[string]any{"id": "e"}),
		"stage_reports_to":        rows(link),
		"stage_heads":             rows(link),
		"stage_part_of":           rows(link),
		"stage_merged_into":       rows(link),
		"stage_split_from":        rows(link),
		"stage_renamed_to":        rows(link),
		"stage_involves_unit":     rows(link),
		"stage_involves_person":   rows(link),
		"stage_cited_in":          rows(map[string]any{"from": "a", "fromLabel": "OrgraphPerson", "to": "d", "props": map[string]any{"notes": []string{"n"}}}),
		"switch_retire":           nil,
		"switch_promote":          nil,
		"migrate_legacy_nodes":    nil,
	}
	loaded := map[string]string{}
	for _, s := range cypher.Statements() {
		loaded[s.Name] = s.Text
	}
	for _, name := range cypher.QueryNames() {
		if _, ok := loaded[name]; !ok {
			t.Errorf("%s.cypher is embedded but no statement handle loads it", name)
		}
	}
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	if err := s.EnsureSchema(t.Context()); err != nil {
		t.Fatalf("EnsureSchema: %v", err)
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range loaded {
			if !yield(n) {
				return
			}
		}
	})
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			if isSchema(name) {
				// Schema commands cannot be explained; EnsureSchema above ran them.
				return
			}
			params, ok := cases[name]
			if !ok {
				t.Fatalf("%s.cypher has no case in this test", name)
			}
			_, err := neo4j.ExecuteQuery(t.Context(), d, "EXPLAIN "+loaded[name], params, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(db))
			if err != nil {
				t.Errorf("EXPLAIN %s: %v", name, err)
			}
		})
	}
}

func isSchema(name string) bool { return len(name) > 7 && name[:7] == "schema_" }
