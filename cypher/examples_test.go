package cypher_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/seeds"
)

// TestCookbook runs every query of cypher/examples, as a user would paste
// it into Neo4j Browser, on the built-in dataset. The wanted rows come from
// the documents cited beside them.
func TestCookbook(t *testing.T) {
	d, db := cyphertest.Driver(t)
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	s := cypher.New(d, db)
	if err := s.EnsureSchema(t.Context()); err != nil {
		t.Fatal(err)
	}
	if err := s.Replace(t.Context(), ds, nil); err != nil {
		t.Fatal(err)
	}
	tests := map[string][]string{
		// 004, 000: the five heads who report to Dai Shan from 6 January 2022.
		"1-who-reported-to-dai-shan-after-january-2022.cypher": {
			"Chuixue 2022-01-06", "Daofang 2022-01-06", "Qiancheng 2022-01-06", "Sihan 2022-01-06", "Xuande 2022-01-06"},
		// 003: Juhuasuan into the marketing platform unit; 004: Juhuasuan's business into the industry centre.
		"2-juhuasuan-lineage.cypher": {
			"Juhuasuan MERGED_INTO Marketing Platform Business Unit 2017-12-02",
			"Marketing Platform Business Unit MERGED_INTO Industry Operations and Development Center 2022-01-06"},
		// 003: Tmall Supermarket sits in the FMCG group from December 2017; 001: it leaves at the end of 2018.
		"3-tmall-org-chart-june-2018.cypher": {"[Tmall Tmall FMCG Group Tmall Supermarket]", "[Tmall Tmall Apparel and Fashion Group]"},
		// 004: Xuande reports to Dai Shan; 000: Zhang Yong appointed her.
		"4-xuande-reporting-chain-march-2022.cypher": {"[Dai Shan Zhang Yong]"},
		// 002: "Chiang fan" is Jiang Fan; 003: 聚划算 is Juhuasuan.
		"5-search-names-and-aliases.cypher": {"Jiang Fan", "Juhuasuan"},
		// 002 (published 2019): Jiang Fan is Tmall's president; 000, which
		// says so too, was published only in January 2022.
		"6-tmall-heads-as-known-in-2019.cypher": {"Jiang Fan President [002_c9ec350ed7a5fe12]"},
		// 003: Jingjie took Tmall Supermarket over on 2 December 2017 from
		// Jiangpan, whose start the document does not give.
		"7-tmall-supermarket-certain-head-2-december-2017.cypher": {
			"Jingjie CERTAINLY General Manager 2017-12-02", "Jiangpan POSSIBLY General Manager"},
	}
	files, _ := filepath.Glob("examples/*.cypher")
	if len(files) != len(tests) {
		t.Fatalf("examples/ has %d files, the test knows %d: every cookbook query needs a case", len(files), len(tests))
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			q, err := os.ReadFile(filepath.Join("examples", name))
			if err != nil {
				t.Fatal(err)
			}
			res, err := neo4j.ExecuteQuery(t.Context(), d, string(q), nil, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range res.Records {
				got = append(got, row(r))
			}
			for _, w := range want {
				if !slices.ContainsFunc(got, func(g string) bool { return len(g) >= len(w) && g[:len(w)] == w }) {
					t.Errorf("got rows %q, want one starting %q", got, w)
				}
			}
		})
	}
}

// row renders a record's values separated by spaces.
func row(r *neo4j.Record) string {
	s := ""
	for i, v := range r.Values {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprint(v)
	}
	return s
}
