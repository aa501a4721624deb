package synth

import (
	"strconv"
	"strings"
)

// syllable is one Chinese character with its toneless pinyin.
type syllable struct{ han, pinyin string }

// surnames and given are disjoint in pinyin, and every syllable starts with
// a consonant, so a spelled name splits into syllables one way only: that is
// what keeps every generated name and alias unique (names_test.go proves it).
var surnames = []syllable{
	{"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"},
	{"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"},
	{"马", "ma"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"高", "gao"},
	{"林", "lin"}, {"罗", "luo"}, {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"},
	{"唐", "tang"}, {"韩", "han"}, {"冯", "feng"}, {"邓", "deng"}, {"曹", "cao"}, {"彭", "peng"},
	{"曾", "zeng"}, {"田", "tian"}, {"董", "dong"}, {"潘", "pan"}, {"蒋", "jiang"}, {"蔡", "cai"},
	{"杜", "du"}, {"叶", "ye"}, {"程", "cheng"}, {"苏", "su"}, {"丁", "ding"}, {"任", "ren"},
	{"沈", "shen"}, {"姚", "yao"}, {"卢", "lu"}, {"崔", "cui"}, {"钟", "zhong"}, {"谭", "tan"},
	{"金", "jin"}, {"石", "shi"}, {"廖", "liao"}, {"贾", "jia"}, {"夏", "xia"}, {"白", "bai"},
	{"邹", "zou"}, {"孟", "meng"}, {"秦", "qin"}, {"邱", "qiu"}, {"侯", "hou"}, {"薛", "xue"},
	{"雷", "lei"}, {"龙", "long"}, {"陶", "tao"}, {"顾", "gu"},
}

var given = []syllable{
	{"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"秀", "xiu"},
	{"英", "ying"}, {"华", "hua"}, {"慧", "hui"}, {"巧", "qiao"}, {"美", "mei"}, {"兰", "lan"},
	{"平", "ping"}, {"刚", "gang"}, {"桂", "gui"}, {"军", "jun"}, {"勇", "yong"}, {"艳", "yan"},
	{"杰", "jie"}, {"明", "ming"}, {"超", "chao"}, {"斌", "bin"}, {"宇", "yu"}, {"浩", "hao"},
	{"凯", "kai"}, {"健", "jian"}, {"帆", "fan"}, {"帅", "shuai"}, {"宁", "ning"}, {"玲", "ling"},
	{"婷", "ting"}, {"欣", "xin"}, {"悦", "yue"}, {"琪", "qi"}, {"怡", "yi"}, {"倩", "qian"},
	{"丹", "dan"}, {"博", "bo"}, {"强", "qiang"}, {"然", "ran"}, {"睿", "rui"}, {"哲", "zhe"},
	{"轩", "xuan"}, {"航", "hang"}, {"泽", "ze"}, {"翔", "xiang"}, {"智", "zhi"}, {"坤", "kun"},
	{"楠", "nan"}, {"菲", "fei"}, {"蓉", "rong"}, {"娟", "juan"}, {"淑", "shu"}, {"珍", "zhen"},
	{"思", "si"}, {"源", "yuan"}, {"文", "wen"}, {"海", "hai"}, {"春", "chun"}, {"达", "da"},
	{"德", "de"}, {"福", "fu"}, {"生", "sheng"}, {"全", "quan"}, {"清", "qing"}, {"发", "fa"},
	{"光", "guang"}, {"宏", "hong"}, {"兴", "xing"}, {"晓", "xiao"}, {"云", "yun"}, {"若", "ruo"},
	{"梓", "zi"}, {"可", "ke"}, {"沫", "mo"}, {"乐", "le"}, {"欢", "huan"}, {"喜", "xi"},
	{"宝", "bao"}, {"菊", "ju"}, {"畅", "chang"}, {"策", "ce"}, {"驰", "chi"}, {"川", "chuan"},
	{"聪", "cong"}, {"迪", "di"}, {"朵", "duo"}, {"歌", "ge"}, {"耕", "geng"}, {"冠", "guan"},
	{"恒", "heng"}, {"娇", "jiao"}, {"炯", "jiong"}, {"康", "kang"}, {"宽", "kuan"}, {"朗", "lang"},
	{"莲", "lian"}, {"伦", "lun"}, {"曼", "man"}, {"茂", "mao"}, {"穆", "mu"}, {"妮", "ni"},
	{"诺", "nuo"}, {"琼", "qiong"}, {"曲", "qu"}, {"如", "ru"}, {"森", "sen"}, {"山", "shan"},
	{"韶", "shao"}, {"舜", "shun"}, {"朔", "shuo"}, {"泰", "tai"}, {"腾", "teng"}, {"彤", "tong"},
	{"贤", "xian"}, {"雄", "xiong"}, {"雅", "ya"}, {"银", "yin"}, {"友", "you"}, {"赞", "zan"},
	{"展", "zhan"}, {"卓", "zhuo"}, {"宗", "zong"}, {"尊", "zun"}, {"佐", "zuo"},
}

// nameSpace is how many distinct base names the tables give: a surname and
// a one- or two-character given name.
var nameSpace = len(surnames) * (len(given) + len(given)*len(given))

// nickSpace is how many distinct two-character nicknames (花名) there are.
var nickSpace = len(given) * (len(given) - 1)

// perm is a bijection of [0, n): multiplication by a unit modulo n, then a
// shift. It scatters consecutive indexes so neighbours get unrelated names.
type perm struct{ n, mul, add uint64 }

func newPerm(n int, seed uint64) perm {
	p := perm{n: uint64(n), mul: (seed*2654435761 + 40503) % uint64(n), add: seed % uint64(n)}
	for gcd(p.mul, p.n) != 1 {
		p.mul = (p.mul + 1) % p.n
	}
	return p
}

func (p perm) at(i int) int { return int((uint64(i)*p.mul + p.add) % p.n) }

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// namer hands out people's names and aliases and units' names, all unique.
type namer struct {
	names, nicks, codes, units perm
	codeWidth                  int
}

func newNamer(people int, seed uint64) namer {
	width := max(7, len(strconv.Itoa(people)))
	codes := 1
	for range width {
		codes *= 10
	}
	n := namer{names: newPerm(nameSpace, seed), nicks: newPerm(nickSpace, seed+1), codes: newPerm(codes, seed+2), units: newPerm(unitSpace, seed+3), codeWidth: width}
	for n.codes.mul%2 == 0 || n.codes.mul%5 == 0 || gcd(n.codes.mul, n.codes.n) != 1 {
		n.codes.mul = (n.codes.mul + 1) % n.codes.n
	}
	return n
}

// person returns person i's name and aliases: the Chinese name, the
// given-name-first spelling, a 花名 and its pinyin for every fourth person
// while they last, and an employee code. Names past the tables' capacity
// repeat with a number, as organisations do for namesakes.
func (n namer) person(i int) (string, []string) {
	k, gen := n.names.at(i%nameSpace), i/nameSpace
	sur := surnames[k%len(surnames)]
	k /= len(surnames)
	var g []syllable
	if k < len(given) {
		g = []syllable{given[k]}
	} else {
		k -= len(given)
		g = []syllable{given[k/len(given)], given[k%len(given)]}
	}
	var han, py strings.Builder
	han.WriteString(sur.han)
	for j, s := range g {
		han.WriteString(s.han)
		if j == 0 {
			py.WriteString(capital(s.pinyin))
		} else {
			py.WriteString(s.pinyin)
		}
	}
	suffix := ""
	if gen > 0 {
		suffix = strconv.Itoa(gen + 1)
	}
	name := capital(sur.pinyin) + " " + py.String()
	aliases := []string{han.String() + suffix, py.String() + " " + capital(sur.pinyin)}
	if suffix != "" {
		name += " " + suffix
		aliases[1] += " " + suffix
	}
	if j := i / 4; i%4 == 1 && j < nickSpace {
		a, b := n.nicks.at(j)/(len(given)-1), n.nicks.at(j)%(len(given)-1)
		if b >= a {
			b++
		}
		aliases = append(aliases, given[a].han+given[b].han, capital(given[a].pinyin)+given[b].pinyin)
	}
	code := strconv.Itoa(n.codes.at(i))
	aliases = append(aliases, "E"+strings.Repeat("0", n.codeWidth-len(code))+code)
	return name, aliases
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// Unit names are a domain, a function and the kind's word, in English and
// Chinese; both word lists are fixed-length in Chinese and checked for
// unambiguous English concatenation by names_test.go.
var (
	domains = []syllable{
		{"商业", "Commerce"}, {"云端", "Cloud"}, {"物流", "Logistics"}, {"媒体", "Media"}, {"金融", "Finance"},
		{"健康", "Health"}, {"旅行", "Travel"}, {"零售", "Retail"}, {"游戏", "Gaming"}, {"出行", "Mobility"},
		{"能源", "Energy"}, {"教育", "Education"}, {"音乐", "Music"}, {"地图", "Maps"}, {"安全", "Security"},
		{"设备", "Devices"}, {"数据", "Data"}, {"集市", "Marketplace"}, {"内容", "Content"}, {"企业", "Enterprise"},
	}
	functions = []syllable{
		{"支付", "Payments"}, {"搜索", "Search"}, {"风控", "Risk"}, {"增长", "Growth"}, {"平台", "Platform"},
		{"运营", "Operations"}, {"供应", "Supply"}, {"分析", "Analytics"}, {"设计", "Design"}, {"质量", "Quality"},
		{"客服", "Support"}, {"销售", "Sales"}, {"伙伴", "Partners"}, {"定价", "Pricing"}, {"广告", "Ads"},
		{"身份", "Identity"}, {"消息", "Messaging"}, {"存储", "Storage"}, {"计费", "Billing"}, {"研究", "Research"},
	}
)

// kind is a unit kind: its dataset name, the word its units' names end
// with, and its head's title.
type kind struct{ name, en, han, title string }

// kinds by reporting level: the CEO's company, then sectors, business groups,
// business units, departments and, from level 5 down, teams.
var kinds = []kind{
	{"company", "Group", "集团", "CEO"},
	{"sector", "Sector", "板块", "President"},
	{"business-group", "Business Group", "事业群", "General Manager"},
	{"business-unit", "Business Unit", "事业部", "Head"},
	{"department", "Department", "部门", "Director"},
	{"team", "Team", "团队", "Team Lead"},
}

// unitSpace is how many distinct names one kind has before numbering.
var unitSpace = len(domains) * len(functions)

// unit returns the name and aliases of the ord-th unit of kind k (ordinals
// count per kind, so names never repeat), with id number id for its cost
// centre code. The company, ordinal 0 of kind 0, has a fixed name.
func (n namer) unit(k, ord, id int) (string, []string) {
	code := strconv.Itoa(id)
	cc := "CC" + strings.Repeat("0", max(0, 6-len(code))) + code
	if k == 0 && ord == 0 {
		return "Synthetic Holdings", []string{"合成控股", cc}
	}
	c, gen := n.units.at(ord%unitSpace), ord/unitSpace
	d, f := domains[c/len(functions)], functions[c%len(functions)]
	name := d.pinyin + " " + f.pinyin + " " + kinds[k].en
	han := d.han + f.han + kinds[k].han
	if gen > 0 {
		name += " " + strconv.Itoa(gen+1)
		han += strconv.Itoa(gen + 1)
	}
	return name, []string{han, cc}
}
