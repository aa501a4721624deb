package questions

import (
	"net/http"
	"slices"
	"strings"
	"testing"
)

// question is one thing a user asks of the built-in dataset. Every answer
// below was read off the source documents (cited per case), never taken
// from the code's output.
type question struct {
	name    string
	query   string
	path    string   // what to pluck from data (see Pluck)
	want    []string // the plucked values, compared as a set
	ordered bool     // compare want in order instead
	has     []string // values that must be among the plucked ones
	errHas  string   // the error message must contain this
	errCode string   // and carry this extensions.code
}

var questions = []question{
	// 004 and 000: Dai Shan's 6 January 2022 letter puts the heads of the three
	// centres and of Taobao Live and Guangguang directly under her.
	{name: "who reported to Dai Shan after January 2022",
		query: `{ person(name: "Dai Shan") { directReports(from: "2022-02") { person { name } } } }`,
		path:  "person.directReports[].person.name",
		want:  []string{"Chuixue", "Daofang", "Qiancheng", "Sihan", "Xuande"}},
	{name: "the same question by her Chinese name, at February 2022",
		query: `{ person(name: "戴珊") { directReports(at: "2022-02") { person { aliases } } } }`,
		path:  "person.directReports[].person.aliases[]",
		has:   []string{"Xuan De", "Chui Xue", "Si Han", "道方", "千城"}},
	{name: "each of those reporting lines cites the LatePost story",
		query: `{ person(name: "Dai Shan") { directReports(at: "2022-02") { sources { document } } } }`,
		path:  "person.directReports[].sources[].document",
		has:   []string{"004_a50c288cc7e8860d"}},
	{name: "nobody reported to Dai Shan in mid-2021, before the new sector",
		query: `{ person(name: "Dai Shan") { directReports(at: "2021-06") { person { name } } } }`,
		path:  "person.directReports[].person.name",
		want:  nil},
	// 000: Zhang Yong appointed Dai Shan; the line to him is implied.
	{name: "Dai Shan's manager in 2022",
		query: `{ person(name: "Dai Shan") { managers(at: "2022-03") { manager { name } validFrom } } }`,
		path:  "person.managers[].manager.name",
		want:  []string{"Zhang Yong"}},
	{name: "Xuande's reporting chain in March 2022",
		query:   `{ person(name: "Xuan De") { reportingChain(at: "2022-03") { name } } }`,
		path:    "person.reportingChain[].name",
		want:    []string{"Dai Shan", "Zhang Yong"},
		ordered: true},
	// 003: the December 2017 Tmall reorganisation names the five heads.
	{name: "2017 head of the FMCG business group",
		query: `{ unit(name: "快速消费品事业组") { heads(at: "2018-01") { person { name } } } }`,
		path:  "unit.heads[].person.name",
		want:  []string{"Jingjie"}},
	{name: "2017 head of the appliances and home group",
		query: `{ unit(name: "电器家装事业组") { heads(at: "2018-01") { person { aliases } } } }`,
		path:  "unit.heads[].person.aliases[]",
		want:  []string{"印井"}},
	{name: "2017 head of the apparel group, by her nickname",
		query: `{ person(name: "尔丁") { roles(at: "2018") { unit { aliases } } } }`,
		path:  "person.roles[].unit.aliases[]",
		has:   []string{"服装服饰事业组"}},
	{name: "2017 head of the marketing platform unit",
		query: `{ unit(name: "营销平台事业部") { heads(at: "2018") { person { aliases } } } }`,
		path:  "unit.heads[].person.aliases[]",
		has:   []string{"刘博", "家洛"}},
	{name: "2017 head of the operations centre",
		query: `{ unit(name: "运营中心") { heads(at: "2018") { person { aliases } } } }`,
		path:  "unit.heads[].person.aliases[]",
		has:   []string{"秦剑锋", "天泽"}},
	{name: "Jingjie also ran Tmall Supermarket from December 2017",
		query: `{ person(name: "靖捷") { roles(at: "2018-03") { unit { aliases } } } }`,
		path:  "person.roles[].unit.aliases[]",
		has:   []string{"快速消费品事业组", "天猫超市"}},
	{name: "a month-precision query holds both Tmall Supermarket managers of December 2017",
		query: `{ unit(name: "天猫超市") { heads(at: "2017-12") { person { aliases } } } }`,
		path:  "unit.heads[].person.aliases[]",
		want:  []string{"江畔", "靖捷"}},
	{name: "Juhuasuan merged into the marketing platform unit",
		query: `{ unit(name: "聚划算") { mergedInto { target { aliases } date sources { document } } } }`,
		path:  "unit.mergedInto[].target.aliases[]",
		has:   []string{"营销平台事业部"}},
	{name: "the Juhuasuan merge is dated 2 December 2017",
		query: `{ unit(name: "Juhuasuan") { mergedInto { date } } }`,
		path:  "unit.mergedInto[].date",
		want:  []string{"2017-12-02"}},
	{name: "Tmall's marketing department merged into the same unit",
		query: `{ unit(name: "天猫市场部") { mergedInto { target { aliases } date } } }`,
		path:  "unit.mergedInto[].date",
		want:  []string{"2017-12-02"}},
	// 000 and 001: June 2011, Taobao split in three; 001: renamed Tmall in 2012.
	{name: "Taobao Mall split from Taobao in June 2011",
		query: `{ unit(name: "淘宝商城") { splitFrom { target { name } date } } }`,
		path:  "unit.splitFrom[].date",
		want:  []string{"2011-06"}},
	{name: "Yitao, garbled as 陶艺, split from Taobao too",
		query: `{ unit(name: "陶艺") { splitFrom { target { aliases } } } }`,
		path:  "unit.splitFrom[].target.aliases[]",
		has:   []string{"淘宝"}},
	{name: "Taobao Mall was renamed Tmall in 2012",
		query: `{ unit(name: "Taobao Mall") { renamedTo { target { aliases } date } } }`,
		path:  "unit.renamedTo[].date",
		want:  []string{"2012"}},
	{name: "Taobao's lineage reaches Tmall through the split and the rename",
		query: `{ unit(name: "淘宝") { lineage { kind date } } }`,
		path:  "unit.lineage[].kind",
		has:   []string{"SPLIT_FROM", "RENAMED_TO"}},
	{name: "Juhuasuan's lineage runs on to the 2022 industry centre",
		query: `{ unit(name: "聚划算") { lineage { target { aliases } } } }`,
		path:  "unit.lineage[].target.aliases[]",
		has:   []string{"营销平台事业部", "产业运营发展中心"}},
	// 001: at the end of 2018 Tmall Supermarket and Tmall Import & Export left Tmall.
	{name: "Tmall Supermarket split from Tmall at the end of 2018",
		query: `{ unit(name: "天猫超市事业群") { splitFrom { target { aliases } date } } }`,
		path:  "unit.splitFrom[].target.aliases[]",
		has:   []string{"天猫"}},
	// 001 gives no month for it, so the dataset writes the last quarter,
	// 2018-10/2018-12 (its earlier "2018-12" claimed a month): the narrowest
	// partial date holding that range is the year.
	{name: "Tmall Import & Export split from Tmall at the end of 2018",
		query: `{ unit(name: "天猫进出口事业部") { splitFrom { date } } }`,
		path:  "unit.splitFrom[].date",
		want:  []string{"2018"}},
	{name: "the end-2018 split may lie on any day of the last quarter",
		query: `{ unit(name: "天猫进出口事业部") { splitFrom { dateRange { earliest latest } } } }`,
		path:  "unit.splitFrom[].dateRange.earliest",
		want:  []string{"2018-10-01"}},
	{name: "Tmall Supermarket sat in the FMCG group in mid-2018",
		query: `{ unit(name: "天猫超市") { parent(at: "2018-06") { aliases } } }`,
		path:  "unit.parent.aliases[]",
		has:   []string{"快速消费品事业组"}},
	{name: "Tmall Supermarket was no longer under the FMCG group in 2019",
		query: `{ unit(name: "天猫超市") { parent(at: "2019-06") { aliases } } }`,
		path:  "unit.parent.aliases[]",
		has:   []string{"阿里巴巴集团"}},
	// 002, 000, 001: Jiang Fan ran Taobao, took Tmall on in 2019, and from 2022 the overseas sector.
	{name: "Jiang Fan's roles over time",
		query: `{ person(name: "Jiang Fan") { roles { unit { aliases } } } }`,
		path:  "person.roles[].unit.aliases[]",
		has:   []string{"淘宝", "天猫", "Overseas Digital Business"}},
	{name: "in mid-2019 Jiang Fan was president of both Taobao and Tmall",
		query: `{ person(name: "Chiang fan") { roles(at: "2019-06") { title unit { aliases } } } }`,
		path:  "person.roles[].title",
		want:  []string{"President", "President"}},
	{name: "in February 2022 Jiang Fan led the overseas sector only",
		query: `{ person(name: "Jiang Fan") { roles(at: "2022-02") { unit { aliases } } } }`,
		path:  "person.roles[].unit.aliases[]",
		want:  []string{"Overseas Digital Business"}},
	// Aliases across languages and garbles.
	// 000 and 004 both name the head of the industry centre, spelt differently.
	{name: "Fuxue (doc 000) and Chui Xue (doc 004) are one person",
		query: `{ person(name: "Fuxue") { aliases } }`,
		path:  "person.aliases[]",
		has:   []string{"Chui Xue"}},
	{name: "岱山, a garble in doc 001, is Dai Shan",
		query: `{ person(name: "岱山") { name } }`,
		path:  "person.name",
		want:  []string{"Dai Shan"}},
	{name: "an unknown name is null, not an error",
		query: `{ person(name: "Nobody Here") { name } }`,
		path:  "person.name",
		want:  []string{"<null>"}},
	{name: "search finds Jiang Fan through a misspelling",
		query: `{ search(text: "Jiang Fna", first: 3) { name kind } }`,
		path:  "search[].name",
		has:   []string{"Jiang Fan"}},
	{name: "search ranks an exact Chinese alias first",
		query: `{ search(text: "聚划算", first: 1) { name kind score } }`,
		path:  "search[].score",
		want:  []string{"1"}},
	// 004: the China Digital Business Sector and what it holds in 2022.
	{name: "units in the China Digital Business Sector in February 2022",
		query: `{ unit(name: "中国数字业务板块") { children(at: "2022-02") { aliases } } }`,
		path:  "unit.children[].aliases[]",
		has:   []string{"淘宝", "天猫", "阿里妈妈", "淘菜菜", "淘特", "CBU", "用户运营发展中心", "产业运营发展中心", "平台战略中心"}},
	{name: "events of 2011 and 2012",
		query: `{ events(from: "2011", to: "2012") { date } }`,
		path:  "events[].date",
		want:  []string{"2011-06", "2012"}},
	// Bad arguments: a clear error naming the value; the server goes on.
	{name: "a bad date names the bad value",
		query:   `{ person(name: "Dai Shan") { directReports(at: "2022-13") { person { name } } } }`,
		errHas:  `"2022-13"`,
		errCode: "INVALID"},
	{name: "from after to is refused",
		query:   `{ events(from: "2022", to: "2011") { date } }`,
		errHas:  `from "2022" is after to "2011"`,
		errCode: "INVALID"},
	{name: "search refuses a negative first",
		query:   `{ search(text: "Tmall", first: -1) { name } }`,
		errHas:  "-1",
		errCode: "INVALID"},
}

// Run asks every question of h, which must serve the built-in dataset.
func Run(t *testing.T, h http.Handler) {
	walkPages(t, h)
	for _, q := range slices.Concat(questions, timeQuestions, changeQuestions, listQuestions) {
		t.Run(q.name, func(t *testing.T) {
			r := Ask(t, h, q.query)
			if q.errHas != "" {
				if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, q.errHas) || r.Errors[0].Extensions["code"] != q.errCode {
					t.Fatalf("got errors %+v, want one containing %q with code %s", r.Errors, q.errHas, q.errCode)
				}
				return
			}
			if len(r.Errors) > 0 {
				t.Fatalf("unexpected errors: %+v", r.Errors)
			}
			got := Pluck(r.Data, q.path)
			switch {
			case q.has != nil:
				for _, h := range q.has {
					if !slices.Contains(got, h) {
						t.Errorf("got %q, want it to include %q", got, h)
					}
				}
			case q.ordered:
				if !slices.Equal(got, q.want) {
					t.Errorf("got %q, want %q", got, q.want)
				}
			default:
				if !slices.Equal(sorted(got), sorted(q.want)) {
					t.Errorf("got %q, want %q (in any order)", got, q.want)
				}
			}
		})
	}
}
