package questions

// changeQuestions ask what changed between two dates (issue 10). Each answer
// is read off the cited documents and the dates they give, with the rule of
// the changes field: a change is listed when the days it may have happened
// on overlap the window, CERTAINLY when they all lie in it.
var changeQuestions = []question{
	// 001: at the end of 2018 two units split off from the Tmall business
	// group, Tmall Supermarket and Tmall Import & Export; 003 (December
	// 2017) splits nothing off, it merges and regroups.
	{name: "between 2017-12 and 2019-01 two units split from Tmall",
		query: `{ changes(from: "2017-12", to: "2019-01", kinds: ["SPLIT_FROM"]) { kind } }`,
		path:  "changes[].kind",
		want:  []string{"SPLIT_FROM", "SPLIT_FROM"}},
	{name: "the units of the end-2018 split",
		query: `{ changes(from: "2017-12", to: "2019-01", kinds: ["SPLIT_FROM"]) { units { aliases } } }`,
		path:  "changes[].units[].aliases[]",
		has:   []string{"天猫超市", "天猫进出口事业部", "天猫"}},
	{name: "the end-2018 split cites the 2022 retrospective",
		query: `{ changes(from: "2017-12", to: "2019-01", kinds: ["SPLIT_FROM"]) { sources { document } } }`,
		path:  "changes[].sources[].document",
		want:  []string{"001_a52efe14fb18b4f9", "001_a52efe14fb18b4f9"}},
	// 001 says only "end of 2018": some day of the year's last quarter,
	// which lies wholly inside 2017-12..2019-01 but not inside 2018-11..2019-01.
	{name: "the end-2018 split certainly lies between 2017-12 and 2019-01",
		query: `{ changes(from: "2017-12", to: "2019-01", kinds: ["SPLIT_FROM"]) { date holds } }`,
		path:  "changes[].holds",
		want:  []string{"CERTAINLY", "CERTAINLY"}},
	{name: "the end-2018 split only possibly lies in 2018-11..2019-01",
		query: `{ changes(from: "2018-11", to: "2019-01", kinds: ["SPLIT_FROM"]) { holds } }`,
		path:  "changes[].holds",
		want:  []string{"POSSIBLY", "POSSIBLY"}},
	{name: "with certain: true the end-2018 split is not in 2018-11..2019-01",
		query: `{ changes(from: "2018-11", to: "2019-01", certain: true, kinds: ["SPLIT_FROM"]) { kind } }`,
		path:  "changes[].kind",
		want:  nil},
	// 003: the December 2017 reorganisation named five heads.
	{name: "the heads who started in December 2017",
		query: `{ changes(from: "2017-12", to: "2017-12", kinds: ["HEAD_STARTED"]) { people { aliases } } }`,
		path:  "changes[].people[].aliases[]",
		has:   []string{"靖捷", "印井", "尔丁", "家洛", "天泽"}},
	// Known in January 2019, only 003 (December 2017) had been published
	// of the documents that date these changes: the split was reported in 2022.
	{name: "as known in January 2019, no split is reported yet",
		query: `{ changes(from: "2017-12", to: "2019-01", knownAt: "2019-01", kinds: ["SPLIT_FROM"]) { kind } }`,
		path:  "changes[].kind",
		want:  nil},
	{name: "as known in January 2019, the December 2017 heads are",
		query: `{ changes(from: "2017-12", to: "2019-01", knownAt: "2019-01", kinds: ["HEAD_STARTED"]) { people { aliases } } }`,
		path:  "changes[].people[].aliases[]",
		has:   []string{"靖捷", "印井", "尔丁", "家洛", "天泽"}},
	// 004: the industry operations centre took in the marketing platform
	// (where 003 had put Juhuasuan) and Daily Deals.
	{name: "between 2021-12 and 2022-02 units merged into the industry operations centre",
		query: `{ changes(from: "2021-12", to: "2022-02", kinds: ["MERGED_INTO"]) { units { aliases } } }`,
		path:  "changes[].units[].aliases[]",
		has:   []string{"营销平台事业部", "天天特卖", "产业运营发展中心"}},
	{name: "the 2022 merges cite the LatePost story",
		query: `{ changes(from: "2021-12", to: "2022-02", kinds: ["MERGED_INTO"]) { sources { document } } }`,
		path:  "changes[].sources[].document",
		has:   []string{"004_a50c288cc7e8860d"}},
	// 000: the December 2021 letter set up two new sectors; 004: the three centres.
	{name: "units founded between 2021-12 and 2022-02",
		query: `{ changes(from: "2021-12", to: "2022-02", kinds: ["UNIT_FOUNDED"]) { units { aliases } } }`,
		path:  "changes[].units[].aliases[]",
		has:   []string{"中国数字业务板块", "Overseas Digital Business", "产业运营发展中心", "用户运营发展中心", "平台战略中心"}},
	{name: "Dai Shan and Jiang Fan took charge of the two sectors",
		query: `{ changes(from: "2021-12", to: "2022-02", kinds: ["HEAD_STARTED"]) { people { name } units { aliases } } }`,
		path:  "changes[].units[].aliases[]",
		has:   []string{"中国数字业务板块", "Overseas Digital Business"}},
	{name: "five people began reporting to Dai Shan",
		query: `{ changes(from: "2021-12", to: "2022-02", kinds: ["REPORTING_STARTED"]) { people { name } } }`,
		path:  "changes[].people[].name",
		has:   []string{"Xuande", "Chuixue", "Sihan", "Daofang", "Qiancheng"}},
	{name: "an unknown kind is refused, naming it",
		query:   `{ changes(from: "2021-12", to: "2022-02", kinds: ["EXPLODED"]) { kind } }`,
		errHas:  `"EXPLODED"`,
		errCode: "INVALID"},
	{name: "changes from after to is refused",
		query:   `{ changes(from: "2022", to: "2011") { kind } }`,
		errHas:  `from "2022" is after to "2011"`,
		errCode: "INVALID"},
}
