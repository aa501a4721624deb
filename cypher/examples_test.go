package cypher_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/orgraph/orgraph/cypher/cyphertest"
)

// nameLine is the line of a cookbook query that says whose answer it gives,
// e.g. `WITH 'Dai Shan' AS name`.
var nameLine = regexp.MustCompile(`WITH '([^']*)' AS name`)

// TestCookbook runs every query of cypher/examples, as a user would paste
// it into Neo4j Browser, on the built-in dataset. The wanted rows come from
// the documents cited beside them. A query that looks a name up is run a
// second time with another of the entity's aliases, which must give the
// same rows: the cookbook promises that any alias works.
func TestCookbook(t *testing.T) {
	d, db := seeded(t)
	tests := map[string]struct {
		want  []string
		alias string // another name of the entity looked up; "" when none is
	}{
		// 004, 000: the five heads who report to Dai Shan from 6 January 2022.
		// 001 writes her name 岱山 by mistake; 000 calls her 戴珊 too.
		"1-who-reported-to-dai-shan-after-january-2022.cypher": {want: []string{
			"Chuixue 2022-01-06", "Daofang 2022-01-06", "Qiancheng 2022-01-06", "Sihan 2022-01-06", "Xuande 2022-01-06"},
			alias: "戴珊"},
		// 003: Juhuasuan (聚划算) into the marketing platform unit; 004: Juhuasuan's business into the industry centre.
		"2-juhuasuan-lineage.cypher": {want: []string{
			"Juhuasuan MERGED_INTO Marketing Platform Business Unit 2017-12-02",
			"Marketing Platform Business Unit MERGED_INTO Industry Operations and Development Center 2022-01-06"},
			alias: "聚划算"},
		// 003: Tmall Supermarket sits in the FMCG group from December 2017; 001: it leaves at the end of 2018.
		"3-tmall-org-chart-june-2018.cypher": {want: []string{
			"[Tmall Tmall FMCG Group Tmall Supermarket]", "[Tmall Tmall Apparel and Fashion Group]"},
			alias: "天猫"},
		// 004: Xuande (Xuan De in 004) reports to Dai Shan; 000: Zhang Yong appointed her.
		"4-xuande-reporting-chain-march-2022.cypher": {want: []string{"[Dai Shan Zhang Yong]"}, alias: "Xuan De"},
		// 002: "Chiang fan" is Jiang Fan; 003: 聚划算 is Juhuasuan.
		"5-search-names-and-aliases.cypher": {want: []string{"Jiang Fan", "Juhuasuan"}},
		// 002 (published 2019): Jiang Fan is Tmall's president; 000, which
		// says so too, was published only in January 2022.
		"6-tmall-heads-as-known-in-2019.cypher": {want: []string{"Jiang Fan President [002_c9ec350ed7a5fe12]"}, alias: "天猫"},
		// 003: Jingjie took Tmall Supermarket (天猫超市) over on 2 December 2017
		// from Jiangpan, whose start the document does not give.
		"7-tmall-supermarket-certain-head-2-december-2017.cypher": {want: []string{
			"Jingjie CERTAINLY General Manager 2017-12-02", "Jiangpan POSSIBLY General Manager"},
			alias: "天猫超市"},
	}
	files, _ := filepath.Glob("examples/*.cypher")
	if len(files) != len(tests) {
		t.Fatalf("examples/ has %d files, the test knows %d: every cookbook query needs a case", len(files), len(tests))
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("examples", name))
			if err != nil {
				t.Fatal(err)
			}
			q := string(b)
			got := runRows(t, d, db, q)
			for _, w := range tt.want {
				if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
					t.Errorf("got rows %q, want one starting %q", got, w)
				}
			}
			if tt.alias == "" {
				return
			}
			m := nameLine.FindStringSubmatch(q)
			if m == nil {
				t.Fatalf("the query has no line %q to put the alias %q in", "WITH '…' AS name", tt.alias)
			}
			if m[1] == tt.alias {
				t.Fatalf("alias %q is the name the query already uses", tt.alias)
			}
			byAlias := runRows(t, d, db, strings.Replace(q, m[0], "WITH '"+tt.alias+"' AS name", 1))
			if !slices.Equal(byAlias, got) {
				t.Errorf("with %q the rows are %q, with %q they are %q: want the same", tt.alias, byAlias, m[1], got)
			}
		})
	}
}

// seeded loads the built-in dataset into the test Neo4j, after the schema
// (the cookbook's search needs the full-text index), and returns a driver
// for it.
func seeded(t *testing.T) (neo4j.DriverWithContext, string) {
	t.Helper()
	d, db := cyphertest.Driver(t)
	cyphertest.Seeded(t)
	// orgraph_entity_names, which example 5 reads, is updated just after
	// each commit rather than within it (schema_entity_names.cypher).
	_, err := neo4j.ExecuteQuery(t.Context(), d, "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatal(err)
	}
	return d, db
}

// runRows runs query q as a user would in Neo4j Browser (in a read
// transaction, without parameters) and renders each row with row.
func runRows(t *testing.T, d neo4j.DriverWithContext, db, q string) []string {
	t.Helper()
	res, err := neo4j.ExecuteQuery(t.Context(), d, q, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("%v\nquery:\n%s", err, q)
	}
	var rows []string
	for _, r := range res.Records {
		rows = append(rows, row(r))
	}
	return rows
}

// row renders a record's values separated by spaces.
func row(r *neo4j.Record) string {
	s := make([]string, len(r.Values))
	for i, v := range r.Values {
		s[i] = value(v)
	}
	return strings.Join(s, " ")
}

// value renders one value: a node by its name (what the Browser's caption
// shows), a path as its nodes joined by its relationships' types, lists
// element by element, anything else as fmt prints it.
func value(v any) string {
	switch v := v.(type) {
	case dbtype.Node:
		return fmt.Sprint(v.Props["name"])
	case dbtype.Path:
		var b strings.Builder
		for i, n := range v.Nodes {
			if i > 0 {
				fmt.Fprintf(&b, " -%s-> ", v.Relationships[i-1].Type)
			}
			b.WriteString(value(n))
		}
		return b.String()
	case []any:
		s := make([]string, len(v))
		for i, e := range v {
			s[i] = value(e)
		}
		return "[" + strings.Join(s, " ") + "]"
	default:
		return fmt.Sprint(v)
	}
}
