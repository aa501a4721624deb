package questions

// timeQuestions ask when things held, how surely, and what the sources had
// said by a given day (issue 8). Each answer is read off the cited documents
// and the dates they give, with the time rules of seeds/README.md; none is
// taken from the code's output.
var timeQuestions = []question{
	// 001: Taobao Mall took the name Tmall in 2012, so Tmall's units, none
	// of which a document dates more closely, cannot sit in it in 2011.
	{name: "Tmall had no units in 2011, before it bore the name",
		query: `{ unit(name: "Tmall") { children(at: "2011") { name } } }`,
		path:  "unit.children[].name",
		want:  nil},
	// 003: Tmall Supermarket is named after Tmall (2012, doc 001); nobody ran it before that.
	{name: "Tmall Supermarket had no general manager in 2011",
		query: `{ unit(name: "天猫超市") { heads(at: "2011") { person { name } } } }`,
		path:  "unit.heads[].person.name",
		want:  nil},
	// 001: Taobao's content push, which produced Taobao Live and Guangguang,
	// dates from 2015; Taobao Mall (000: launched 2008) came later than 2003.
	{name: "Taobao in 2003 held neither Taobao Live nor Guangguang, nor any unit",
		query: `{ unit(name: "淘宝") { children(at: "2003") { name } } }`,
		path:  "unit.children[].name",
		want:  nil},
	// 000: Alibaba was founded in 1999, and Taobao is one of its businesses;
	// no document dates Jiang Fan's Taobao presidency, so only that bounds it.
	{name: "nobody headed Taobao before Alibaba was founded",
		query: `{ unit(name: "淘宝") { heads(at: "1998") { person { name } } } }`,
		path:  "unit.heads[].person.name",
		want:  nil},
	{name: "Jiang Fan's Taobao presidency may reach back to 2003, never certainly",
		query: `{ unit(name: "淘宝") { heads(at: "2003") { person { name } holds } } }`,
		path:  "unit.heads[].holds",
		want:  []string{"POSSIBLY"}},
	// 001: Taobao Live is not before 2015, its start otherwise unknown;
	// Guangguang went live only a year and some months before January 2022.
	{name: "in 2016 Taobao Live may have sat in Taobao, Guangguang not yet",
		query: `{ unit(name: "淘宝") { children(at: "2016") { name } } }`,
		path:  "unit.children[].name",
		want:  []string{"Taobao Live"}},
	{name: "Taobao Live's place in Taobao in 2016 is only possible",
		query: `{ unit(name: "淘宝直播") { memberships(at: "2016") { holds } } }`,
		path:  "unit.memberships[].holds",
		want:  []string{"POSSIBLY"}},
	{name: "with certain: true, nothing says Taobao Live was in Taobao throughout 2016",
		query: `{ unit(name: "淘宝直播") { memberships(at: "2016", certain: true) { parent { name } } } }`,
		path:  "unit.memberships[].parent.name",
		want:  nil},
	{name: "Taobao Live began in 2015 or later, with no later bound",
		query: `{ unit(name: "Taobao Live") { existsFrom { earliest latest } } }`,
		path:  "unit.existsFrom.earliest",
		want:  []string{"2015-01-01"}},
	{name: "Taobao Live's start has no latest bound",
		query: `{ unit(name: "Taobao Live") { existsFrom { latest } } }`,
		path:  "unit.existsFrom.latest",
		want:  []string{"<null>"}},
	// 001: the end-2018 split gives no month; a question about November
	// 2018 must find it, as possible.
	{name: "events of November 2018 include the end-2018 split",
		query: `{ events(from: "2018-11", to: "2018-11") { id } }`,
		path:  "events[].id",
		want:  []string{"tmall-split-2018"}},
	{name: "in November 2018 Tmall Supermarket may sit in the FMCG group or already under the group",
		query: `{ unit(name: "天猫超市") { memberships(at: "2018-11") { parent { name } holds } } }`,
		path:  "unit.memberships[].parent.name",
		want:  []string{"Tmall FMCG Group", "Alibaba Group"}},
	{name: "neither of those November 2018 placements is certain",
		query: `{ unit(name: "天猫超市") { memberships(at: "2018-11") { holds } } }`,
		path:  "unit.memberships[].holds",
		want:  []string{"POSSIBLY", "POSSIBLY"}},
	{name: "in June 2018, before the split, the FMCG group certainly held it",
		query: `{ unit(name: "天猫超市") { memberships(at: "2018-06", certain: true) { parent { name } } } }`,
		path:  "unit.memberships[].parent.name",
		want:  []string{"Tmall FMCG Group"}},
	// 003: on 2 December 2017 Jingjie took Tmall Supermarket over from
	// Jiangpan, whose start the document does not give.
	{name: "on 2 December 2017 Tmall Supermarket certainly had one general manager, Jingjie",
		query: `{ unit(name: "天猫超市") { heads(at: "2017-12-02", certain: true) { person { name } } } }`,
		path:  "unit.heads[].person.name",
		want:  []string{"Jingjie"}},
	{name: "no general manager held all of December 2017, the month of the handover",
		query: `{ unit(name: "天猫超市") { heads(at: "2017-12", certain: true) { person { name } } } }`,
		path:  "unit.heads[].person.name",
		want:  nil},
	{name: "from January 2018 Jingjie is certainly the general manager",
		query: `{ unit(name: "天猫超市") { heads(at: "2018-01", certain: true) { person { name } holds } } }`,
		path:  "unit.heads[].holds",
		want:  []string{"CERTAINLY"}},
	// 003: Jingjie heads the FMCG group from exactly 2 December 2017, with no
	// end reported: a fully known span, certain even with no window.
	{name: "a role from a known day with no end is certain with no window",
		query: `{ unit(name: "快速消费品事业组") { heads { holds } } }`,
		path:  "unit.heads[].holds",
		want:  []string{"CERTAINLY"}},
	// 002: Jiang Fan's Tmall start is known only to two months.
	{name: "Jiang Fan's Tmall presidency, dated only to a range, is possible with no window",
		query: `{ unit(name: "天猫") { heads { person { name } holds } } }`,
		path:  "unit.heads[].holds",
		want:  []string{"POSSIBLY"}},
	// 000: Dai Shan's earlier posts carry no years. The people chief post
	// followed five years of HR work begun no earlier than 1999.
	{name: "Dai Shan in 2003: international site and CCO possible, people chief not yet",
		query: `{ person(name: "Dai Shan") { roles(at: "2003") { title } } }`,
		path:  "person.roles[].title",
		want:  []string{"General Manager", "CCO"}},
	{name: "none of Dai Shan's earlier posts is certain at any date",
		query: `{ person(name: "Dai Shan") { roles(at: "2010", certain: true) { title } } }`,
		path:  "person.roles[].title",
		want:  nil},
	{name: "her earlier posts were over by February 2022",
		query: `{ person(name: "Dai Shan") { roles(at: "2022-02") { title } } }`,
		path:  "person.roles[].title",
		want:  []string{"President", "Head"}},
	// 000 reads CCO as chief customer (service) officer, 001 as chief culture officer: both cited.
	{name: "her CCO post cites both documents",
		query: `{ person(name: "Dai Shan") { roles(at: "2003") { sources { document } } } }`,
		path:  "person.roles[].sources[].document",
		has:   []string{"000_45c81607cdbfba19", "001_a52efe14fb18b4f9"}},
	// 003: Liu Bo joined Tmall's small leadership committee on 2 December 2017.
	{name: "Liu Bo sat on Tmall's leadership committee in 2018",
		query: `{ unit(name: "天猫小班委") { heads(at: "2018") { title person { name } } } }`,
		path:  "unit.heads[].person.name",
		want:  []string{"Liu Bo"}},
	// As known on a date: 002 (2019) is the only source published in 2019
	// that speaks of Jiang Fan; 000, 001 and 004, which alone speak of the
	// two sectors, date from January 2022.
	{name: "as known in 2019, Jiang Fan is known from the 2019 article only",
		query: `{ person(name: "Jiang Fan", knownAt: "2019") { sources { document } } }`,
		path:  "person.sources[].document",
		want:  []string{"002_c9ec350ed7a5fe12"}},
	{name: "as known in 2019, Jiang Fan is Tmall's president and nothing else",
		query: `{ person(name: "Jiang Fan", knownAt: "2019") { roles { title unit { name } } } }`,
		path:  "person.roles[].unit.name",
		want:  []string{"Tmall"}},
	{name: "as known in 2019, that role cites only the 2019 article",
		query: `{ person(name: "Jiang Fan", knownAt: "2019") { roles { sources { document } } } }`,
		path:  "person.roles[].sources[].document",
		want:  []string{"002_c9ec350ed7a5fe12"}},
	{name: "as known in 2018, no source had mentioned Jiang Fan",
		query: `{ person(name: "Chiang Fan", knownAt: "2018") { name } }`,
		path:  "person.name",
		want:  []string{"<null>"}},
	{name: "as known in 2019, the China Digital Business Sector does not exist",
		query: `{ unit(name: "China Digital Business Sector", knownAt: "2019") { name } }`,
		path:  "unit.name",
		want:  []string{"<null>"}},
	{name: "as known in 2019, the overseas sector does not exist either",
		query: `{ unit(name: "Overseas Digital Business", knownAt: "2019") { name } }`,
		path:  "unit.name",
		want:  []string{"<null>"}},
	// 003 (December 2017) is the only source of that month; the end-2018
	// split is known from 001 (January 2022) alone.
	{name: "as known in December 2017, Tmall Supermarket exists",
		query: `{ unit(name: "天猫超市", knownAt: "2017-12") { name } }`,
		path:  "unit.name",
		want:  []string{"Tmall Supermarket"}},
	{name: "as known in December 2017, the end-2018 split has not happened",
		query: `{ unit(name: "天猫超市", knownAt: "2017-12") { name splitFrom { date } } }`,
		path:  "unit.splitFrom[].date",
		want:  nil},
	{name: "as known in December 2017, there is no 2018 event",
		query: `{ events(from: "2018", to: "2018", knownAt: "2017-12") { id } }`,
		path:  "events[].id",
		want:  nil},
	{name: "as known in January 2022, there is",
		query: `{ events(from: "2018", to: "2018", knownAt: "2022-01") { id } }`,
		path:  "events[].id",
		want:  []string{"tmall-split-2018"}},
	// firstReported is the earliest publication among a fact's sources:
	// Liu Bo's marketing role cites 003 (2017-12) and 004 (2022-01); Jiang
	// Fan's Tmall role cites 002 (some time from June 2019) and 000 (2022-01).
	{name: "Liu Bo's marketing platform role was first reported in December 2017",
		query: `{ unit(name: "营销平台事业部") { heads { firstReported } } }`,
		path:  "unit.heads[].firstReported",
		want:  []string{"2017-12"}},
	// 002 gives no date; it reports the 25 June 2019 launch, so it appeared
	// on some day from June 2019 (2019 inferred from its fiscal-2019 figures).
	{name: "the 2019 article was published no earlier than June 2019",
		query: `{ person(name: "Qi Junsheng") { sources { published publishedRange { earliest latest } } } }`,
		path:  "person.sources[].publishedRange.earliest",
		want:  []string{"2019-06-01"}},
	{name: "Jiang Fan's Tmall presidency was first reported in 2019",
		query: `{ unit(name: "天猫") { heads { firstReported } } }`,
		path:  "unit.heads[].firstReported",
		want:  []string{"2019"}},
}
