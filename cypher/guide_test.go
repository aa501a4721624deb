package cypher_test

import (
	"html"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// runnable finds the queries of a Neo4j Browser guide: the Browser puts the
// text of a <pre class="code runnable"> in its editor when clicked.
var runnable = regexp.MustCompile(`(?s)<pre class="code runnable">(.*?)</pre>`)

// TestGuide runs every query of the Neo4j Browser guide that `orgraph
// serve` serves at /guide, in order, on the built-in dataset, and checks
// each answer against the documents cited beside it.
func TestGuide(t *testing.T) {
	d, db := seeded(t)
	page, err := os.ReadFile("../web/guide/orgraph.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		// want are the rows, in any order; with inOrder, prefixes of rows
		// that must come in this order among possibly others.
		want    []string
		inOrder bool
	}{{
		name: "events, oldest first",
		// 000: the mall launched in 2008 and Taobao split in June 2011; 001:
		// renamed in 2012, split at the end of 2018; 003: 2 December 2017;
		// 000, 001, 002: one president from 2019; 000: the sector took effect
		// on 1 January 2022; 000, 001, 004: the letter of 6 January 2022.
		want:    []string{"2008 ", "2011-06 ", "2012 ", "2017-12-02 ", "2018-10/2018-12 ", "2019 ", "2022-01-01 ", "2022-01-06 "},
		inOrder: true,
	}, {
		name: "2008: Taobao Mall inside Taobao, then under the group",
		// 000: grown in Taobao from 2008, a group subsidiary after the June
		// 2011 split; 001: the name lasted until 2012.
		want: []string{
			"Taobao Mall Taobao 2008 2011-06 [000_45c81607cdbfba19]",
			"Taobao Mall Alibaba Group 2011-06 2012 [000_45c81607cdbfba19 001_a52efe14fb18b4f9]"},
	}, {
		name: "2011: what split from Taobao",
		// 000: Taobao, Taobao Mall and Yitao, June 2011.
		want: []string{"Taobao Mall 2011-06", "Yitao 2011-06"},
	}, {
		name: "2011: the split as a graph",
		want: []string{"Taobao Mall -SPLIT_FROM-> Taobao", "Yitao -SPLIT_FROM-> Taobao"},
	}, {
		name: "2012: the rename",
		// 001: renamed Tmall in 2012.
		want: []string{"Taobao Mall Tmall 2012 [001_a52efe14fb18b4f9]"},
	}, {
		name: "2017-12-02: the three groups and two units, with their heads",
		// 003: the heads of the "three vertical, two horizontal" units are
		// 靖捷 (FMCG), 印井 (appliances and home), 刘秀云 (apparel), 刘博
		// (marketing platform) and 秦剑锋 (operations centre).
		want: []string{
			"Marketing Platform Business Unit [Liu Bo]",
			"Tmall Apparel and Fashion Group [Liu Xiuyun]",
			"Tmall Electrical Appliances and Home Furnishing Group [Yinjing]",
			"Tmall FMCG Group [Jingjie]",
			"Tmall Operations Center [Qin Jianfeng]"},
	}, {
		name: "2017-12-02: Juhuasuan merged",
		// 003: 聚划算 joins the marketing platform unit.
		want: []string{"Juhuasuan Marketing Platform Business Unit 2017-12-02"},
	}, {
		name: "end of 2018: the two that left Tmall",
		// 001: the supermarket and import-export arms split off at the end
		// of 2018, no month given: some day of the last quarter.
		want: []string{
			"Tmall Import and Export Business Unit 2018-10/2018-12 2018-10-01 2018-12-31 92",
			"Tmall Supermarket 2018-10/2018-12 2018-10-01 2018-12-31 92"},
	}, {
		name: "2019: one president for Taobao and Tmall",
		// 000, 001: Taobao's president led Tmall too from 2019; 002 names him
		// (as Chiang Fan) Tmall's president in 2019.
		want: []string{"Jiang Fan President Taobao", "Jiang Fan President Tmall"},
	}, {
		name: "2022-01-06: the three centres and their heads",
		// 000 and 004: Xuande (Xuan De) the user centre, Chuixue the industry
		// centre, Sihan the platform strategy centre, all under Dai Shan.
		want: []string{
			"Chuixue Head Industry Operations and Development Center",
			"Sihan Head Platform Strategy and Operations Center",
			"Xuande Head User Operations and Development Center"},
	}, {
		name: "2022: the China digital business sector as a graph",
		// 004: Taobao, Tmall, Alimama, the B2C retail business, Taocaicai,
		// Taote and domestic trade (1688) from 1 January; 000, 004: the three
		// centres, Taobao Live and Guangguang of the 3+2 from 6 January.
		want: []string{
			"Alimama -PART_OF-> China Digital Business Sector",
			"B2C Retail Business -PART_OF-> China Digital Business Sector",
			"Domestic Trade -PART_OF-> China Digital Business Sector",
			"Industry Operations and Development Center -PART_OF-> China Digital Business Sector",
			"Platform Strategy and Operations Center -PART_OF-> China Digital Business Sector",
			"Taobao -PART_OF-> China Digital Business Sector",
			"Taobao Guangguang -PART_OF-> China Digital Business Sector",
			"Taobao Live -PART_OF-> China Digital Business Sector",
			"Taocaicai -PART_OF-> China Digital Business Sector",
			"Taote -PART_OF-> China Digital Business Sector",
			"Tmall -PART_OF-> China Digital Business Sector",
			"User Operations and Development Center -PART_OF-> China Digital Business Sector"},
	}, {
		name: "the documents",
		// The five documents: three in English and two in Chinese (001,
		// 003); 002 is undated but reports a launch of 25 June 2019; 003
		// covers 2 December 2017; the others report the January 2022 letter.
		want: []string{
			"000_45c81607cdbfba19 en 2022-01",
			"001_a52efe14fb18b4f9 zh 2022-01",
			"002_c9ec350ed7a5fe12 en 2019-06/2019-12",
			"003_01202f3ae0144e2e zh 2017-12",
			"004_a50c288cc7e8860d en 2022-01"},
	}, {
		name: "what document 002 backs",
		// seeds/*.yaml: the people, units and events whose own sources cite
		// 002, each with one note on what it says about them.
		want: []string{
			"Event Taobao launches its B2C mall, the forerunner of Tmall 1",
			"Event Taobao's president Jiang Fan also takes charge of Tmall 1",
			"Person Jiang Fan 1",
			"Person Qi Junsheng 1",
			"Unit Taobao Mall 1",
			"Unit Tmall 1",
			"Unit Tmall Business Platform Department 1"},
	}, {
		name: "Jiang Fan's documents as a graph",
		// seeds/people.yaml: Jiang Fan cites 002 and 000 (by their titles in seeds/documents.yaml).
		want: []string{
			"Jiang Fan -CITED_IN-> Dai Shan's first reshuffle folds Taobao and Tmall operations into three centres",
			"Jiang Fan -CITED_IN-> Jiang Fan's early Tmall agenda - flagship store upgrade and lower-tier cities"},
	}}
	queries := runnable.FindAllStringSubmatch(string(page), -1)
	if len(queries) != len(tests) {
		t.Fatalf("the guide has %d runnable queries, the test knows %d: every query needs a case", len(queries), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := html.UnescapeString(queries[i][1])
			got := runRows(t, d, db, q)
			if tt.inOrder {
				next := 0
				for _, g := range got {
					if next < len(tt.want) && strings.HasPrefix(g, tt.want[next]) {
						next++
					}
				}
				if next < len(tt.want) {
					t.Errorf("got rows %q, want rows starting %q in this order", got, tt.want)
				}
				return
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Errorf("query:\n%s\ngot rows %q\nwant %q", q, got, want)
			}
		})
	}
}
