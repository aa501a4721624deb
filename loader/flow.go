package loader

import (
	"bytes"
	"reflect"
	"sync"
	"unicode/utf8"
)

// decodeFlow reads a file written in the layout orgraph gen writes and most
// hand-written files share: top-level keys at the margin, each followed by
// list items of one line each, "- {key: value, ...}", whose values are plain
// or double-quoted scalars, flow lists and flow mappings. It decodes them
// straight into a file, without building yaml.v3's node tree first: for a
// large dataset that tree and the reflective decoding from it were most of
// the time validation took.
//
// It returns false for anything outside that layout, however valid as
// YAML, and for anything yaml.v3 would refuse or decodeFile would report (an
// unknown key, a value of the wrong shape, a key twice, null, escapes, tabs,
// control characters): decodeFile then reads the file with yaml.v3, so the
// fast path never decides what a file means or which problems it has.
// flow_test.go checks that both read every file the fast path accepts alike.
func decodeFlow(data []byte) (*file, bool) {
	if !plainText(data) {
		return nil, false
	}
	f := &file{}
	fv := reflect.ValueOf(f).Elem()
	var (
		list    reflect.Value // the top-level list being filled; a key without items leaves it nil (null), as yaml.v3 does
		indent  = -1          // its items' indentation, once known
		seen    uint64        // the keys read, by field index: a key twice is a YAML error
		keyOpen bool          // a top-level key was read and its value is the items that follow
	)
	for line, rest := 1, data; len(rest) > 0; line++ {
		var l []byte
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			l, rest = rest, nil
		}
		n := 0
		for n < len(l) && l[n] == ' ' {
			n++
		}
		if n == len(l) || l[n] == '#' {
			continue // blank or a comment
		}
		if l[n] == '-' {
			if !keyOpen || (indent >= 0 && n != indent) {
				return nil, false
			}
			indent = n
			p := &flow{s: l, i: n + 1}
			if !p.space() {
				return nil, false
			}
			if !p.mapping(grow(list), line) || !p.end() {
				return nil, false
			}
			continue
		}
		if n != 0 {
			return nil, false
		}
		keyOpen, indent = false, -1
		p := &flow{s: l}
		key, ok := p.key()
		if !ok {
			return nil, false
		}
		i := field(yamlKeys(fv.Type()), key)
		if i < 0 || seen&(1<<i) != 0 {
			return nil, false
		}
		seen |= 1 << i
		list = fv.Field(i)
		if p.end() {
			keyOpen = true
			if n := items(rest); n > 0 {
				list.Set(reflect.MakeSlice(list.Type(), 0, n))
			}
			continue
		}
		// "key: []" is an empty list, not a missing one.
		if !p.space() || !p.lit("[]") || !p.end() {
			return nil, false
		}
		list.Set(reflect.MakeSlice(list.Type(), 0, 0))
	}
	return f, true
}

// items counts the lines of data that start a list item, up to the next
// top-level key: the room its list needs.
func items(data []byte) int {
	n := 0
	for len(data) > 0 {
		i := 0
		for i < len(data) && data[i] == ' ' {
			i++
		}
		if i < len(data) && data[i] == '-' {
			n++
		} else if i == 0 && i < len(data) && data[i] != '#' && data[i] != '\n' {
			break
		}
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			break
		}
		data = data[j+1:]
	}
	return n
}

// grow appends a zero element to the slice v and returns it, to be filled.
func grow(v reflect.Value) reflect.Value {
	n := v.Len()
	if n == v.Cap() {
		v.Grow(1)
	}
	v.SetLen(n + 1)
	return v.Index(n)
}

// plainText reports whether data is UTF-8 made only of line feeds and
// characters that YAML reads as themselves: no tabs, carriage returns,
// control characters, byte order marks or Unicode line breaks.
func plainText(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1, r < 0xa0, r == 0x2028, r == 0x2029, r == 0xfeff,
			r >= 0xd800 && r < 0xe000, r == 0xfffe, r == 0xffff:
			return false
		}
		i += size
	}
	return true
}

// flow reads one line of the fast path's layout.
type flow struct {
	s []byte
	i int
}

func (p *flow) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// space skips at least one space.
func (p *flow) space() bool {
	n := p.i
	p.skip()
	return p.i > n
}

func (p *flow) skip() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

func (p *flow) lit(s string) bool {
	if len(p.s)-p.i < len(s) || string(p.s[p.i:p.i+len(s)]) != s {
		return false
	}
	p.i += len(s)
	return true
}

// end accepts the rest of the line when it is blank or a comment after a space.
func (p *flow) end() bool {
	n := p.i
	p.skip()
	if p.i == len(p.s) || (p.i > n && p.s[p.i] == '#') {
		return true
	}
	p.i = n
	return false
}

// key reads "name:" followed by a space or the end of the line, and
// returns the name.
func (p *flow) key() ([]byte, bool) {
	n := p.i
	for p.i < len(p.s) && (p.s[p.i] >= 'a' && p.s[p.i] <= 'z' || p.s[p.i] == '_') {
		p.i++
	}
	if p.i == n || p.peek() != ':' {
		return nil, false
	}
	key := p.s[n:p.i]
	p.i++
	if p.i < len(p.s) && p.s[p.i] != ' ' {
		return nil, false
	}
	return key, true
}

// yamlKeys is t's fields' YAML keys by field index, "" for a field
// without one, cached per type.
func yamlKeys(t reflect.Type) []string {
	keys, ok := flowFields.Load(t)
	if !ok {
		var ks []string
		for i := range t.NumField() {
			tag := t.Field(i).Tag.Get("yaml")
			if tag == "-" {
				tag = ""
			}
			ks = append(ks, tag)
		}
		keys, _ = flowFields.LoadOrStore(t, ks)
	}
	return keys.([]string)
}

// flowFields maps a struct type to its yamlKeys.
var flowFields sync.Map

// field is the index of the field of keys for a YAML key, or -1. It is
// fieldByTag without turning the key into a string: one allocation per key
// of every fact was a tenth of the fast path's time.
func field(keys []string, key []byte) int {
	for i, k := range keys {
		if k != "" && k == string(key) {
			return i
		}
	}
	return -1
}

// mapping reads "{key: value, ...}" into the struct v, at line.
func (p *flow) mapping(v reflect.Value, line int) bool {
	if !p.lit("{") {
		return false
	}
	if ps, ok := v.Addr().Interface().(interface{ setLine(int) }); ok {
		ps.setLine(line)
	}
	p.skip()
	if p.lit("}") {
		return true
	}
	var seen uint64 // the fields read, by index: a key twice is a YAML error
	keys := yamlKeys(v.Type())
	for {
		key, ok := p.key()
		if !ok || !p.space() {
			return false
		}
		i := field(keys, key)
		if i < 0 || seen&(1<<i) != 0 {
			return false
		}
		seen |= 1 << i
		if !p.value(v.Field(i), line) {
			return false
		}
		p.skip()
		switch {
		case p.lit("}"):
			return true
		case !p.lit(","):
			return false
		}
		p.skip()
	}
}

// setLine places a mapping that sits on one line, as the fast path's all do.
func (p *pos) setLine(line int) { p.line, p.keys = line, nil }

// value reads a value of v's type: a string, a bool or a list.
func (p *flow) value(v reflect.Value, line int) bool {
	switch v.Kind() {
	case reflect.String:
		s, _, ok := p.scalar()
		v.SetString(s)
		return ok
	case reflect.Bool:
		switch s, quoted, ok := p.scalar(); {
		case !ok || quoted:
			return false
		case s == "true" || s == "True" || s == "TRUE":
			v.SetBool(true)
		case s != "false" && s != "False" && s != "FALSE":
			return false
		}
		return true
	case reflect.Slice:
		return p.list(v, line)
	}
	return false
}

// list reads "[a, b]" of scalars or "[{...}, {...}]" of mappings into the
// slice v; "[]" is an empty list, as yaml.v3 makes it. Like yaml.v3's, the
// list has no room to spare, so an append to it elsewhere copies it rather
// than writing into memory the dataset shares.
func (p *flow) list(v reflect.Value, line int) bool {
	if !p.lit("[") {
		return false
	}
	p.skip()
	if p.lit("]") {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		return true
	}
	strs, isStrs := v.Addr().Interface().(*[]string)
	if isStrs {
		*strs = make([]string, 0, 2)
	} else {
		v.Set(reflect.MakeSlice(v.Type(), 0, 1))
	}
	for {
		if isStrs {
			s, _, ok := p.scalar()
			if !ok {
				return false
			}
			*strs = append(*strs, s)
		} else if v.Type().Elem().Kind() != reflect.Struct || !p.mapping(grow(v), line) {
			return false
		}
		p.skip()
		if p.lit("]") {
			v.Set(v.Slice3(0, v.Len(), v.Len()))
			return true
		}
		if !p.lit(",") {
			return false
		}
		p.skip()
	}
}

// scalar reads a plain scalar made of letters, digits, spaces and "-_./",
// or a double-quoted one without escapes. A plain null is refused: it
// would decode as the zero value.
func (p *flow) scalar() (s string, quoted, ok bool) {
	if p.lit(`"`) {
		n := p.i
		for p.i < len(p.s) && p.s[p.i] != '"' {
			if p.s[p.i] == '\\' {
				return "", false, false
			}
			p.i++
		}
		if p.i == len(p.s) {
			return "", false, false
		}
		p.i++
		return string(p.s[n : p.i-1]), true, true
	}
	n, end := p.i, p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c >= utf8.RuneSelf || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			p.i++
			end = p.i
			continue
		}
		if p.i == n || (c != ' ' && c != '-' && c != '_' && c != '.' && c != '/') {
			break
		}
		p.i++
		if c != ' ' {
			end = p.i
		}
	}
	switch v := string(p.s[n:end]); v {
	case "", "null", "Null", "NULL":
		return "", false, false
	default:
		return v, false, true
	}
}
