package loader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// pos remembers where a mapping and each of its keys stand in the file, so
// that problems found after decoding still point at a line. Most mappings
// of a large dataset sit on one line (flow style): those keep no key
// lines at all, since a dataset holds about a million of them and a map
// each was most of the memory validation took.
type pos struct {
	line int
	keys []keyLine // nil when every key is on line
}

// keyLine is the line of one key of a mapping.
type keyLine struct {
	key  string
	line int
}

// at is the line of key, or of the mapping when the key is absent.
func (p pos) at(key string) int {
	for _, k := range p.keys {
		if k.key == key {
			return k.line
		}
	}
	return p.line
}

func (p *pos) setPos(n *yaml.Node) {
	p.line, p.keys = n.Line, nil
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Line != n.Line {
			p.keys = make([]keyLine, 0, len(n.Content)/2)
			for j := 0; j+1 < len(n.Content); j += 2 {
				p.keys = append(p.keys, keyLine{n.Content[j].Value, n.Content[j].Line})
			}
			return
		}
	}
}

// positioned is implemented by every mapping type that embeds pos.
type positioned interface{ setPos(*yaml.Node) }

// decodeFile parses one file strictly: unknown keys are problems too, since
// a misspelt "form:" would otherwise silently drop a date. The layout most
// files use is read by decodeFlow, the rest by yaml.v3.
func decodeFile(name string, data []byte) (*file, []Problem) {
	if f, ok := decodeFlow(data); ok {
		return f, nil
	}
	return decodeYAML(name, data)
}

// decodeYAML is decodeFile for any YAML.
func decodeYAML(name string, data []byte) (*file, []Problem) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil && !errors.Is(err, io.EOF) {
		return nil, []Problem{yamlProblem(name, err)}
	}
	// yaml.Unmarshal would read the first document and silently drop the
	// rest, so a second "---" is refused rather than half read.
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, []Problem{{File: name, Line: max(next.Line, 1), Msg: "a second YAML document starts here: a dataset file holds one document, so put it in a file of its own"}}
	case !errors.Is(err, io.EOF):
		return nil, []Problem{yamlProblem(name, err)}
	}
	f := &file{}
	if len(root.Content) == 0 {
		return f, nil
	}
	var probs []Problem
	walk(name, root.Content[0], reflect.TypeOf(f).Elem(), &probs)
	if len(probs) > 0 {
		return nil, probs
	}
	if err := root.Content[0].Decode(&decoder{f}); err != nil {
		return nil, []Problem{yamlProblem(name, err)}
	}
	return f, nil
}

// walk checks node against the struct type t before decoding: every key must
// be a field, and the shapes must match, so the problems carry good lines.
func walk(name string, n *yaml.Node, t reflect.Type, probs *[]Problem) {
	add := func(line int, format string, args ...any) {
		*probs = append(*probs, Problem{File: name, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			add(n.Line, "want a mapping of keys, got %s", describe(n))
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			f, ok := fieldByTag(t, k.Value)
			if !ok {
				add(k.Line, "unknown key %q (want one of %s)", k.Value, strings.Join(tags(t), ", "))
				continue
			}
			walk(name, v, f.Type, probs)
		}
	case reflect.Slice:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.SequenceNode {
			add(n.Line, "want a list, got %s", describe(n))
			return
		}
		for _, c := range n.Content {
			walk(name, c, t.Elem(), probs)
		}
	case reflect.String, reflect.Bool:
		if n.Kind != yaml.ScalarNode {
			add(n.Line, "want a single value, got %s", describe(n))
		} else if t.Kind() == reflect.Bool && n.Tag != "!!bool" {
			add(n.Line, "want true or false, got %q", n.Value)
		}
	}
}

// decoder fills pos in every positioned value while yaml decodes the rest.
type decoder struct{ f *file }

func (d *decoder) UnmarshalYAML(n *yaml.Node) error {
	if err := n.Decode(d.f); err != nil {
		return err
	}
	return fillPos(n, reflect.ValueOf(d.f).Elem())
}

// fillPos walks the decoded value and its node side by side.
func fillPos(n *yaml.Node, v reflect.Value) error {
	switch v.Kind() {
	case reflect.Struct:
		if p, ok := v.Addr().Interface().(positioned); ok {
			p.setPos(n)
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			f, _ := fieldByTag(v.Type(), n.Content[i].Value)
			if err := fillPos(n.Content[i+1], v.FieldByIndex(f.Index)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len() && i < len(n.Content); i++ {
			if err := fillPos(n.Content[i], v.Index(i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// fieldByTag finds t's field for a YAML key. The lookups are cached per
// type: a dataset has one per key of every fact, and reflect's tag parsing
// was a fifth of the time it took to read one.
func fieldByTag(t reflect.Type, tag string) (reflect.StructField, bool) {
	fields, ok := fieldCache.Load(t)
	if !ok {
		m := map[string]reflect.StructField{}
		for i := range t.NumField() {
			if f := t.Field(i); f.Tag.Get("yaml") != "-" {
				m[f.Tag.Get("yaml")] = f
			}
		}
		fields, _ = fieldCache.LoadOrStore(t, m)
	}
	f, ok := fields.(map[string]reflect.StructField)[tag]
	return f, ok
}

// fieldCache maps a struct type to its fields by YAML key.
var fieldCache sync.Map

func tags(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		if tag := t.Field(i).Tag.Get("yaml"); tag != "-" {
			out = append(out, tag)
		}
	}
	return out
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return strconv.Quote(n.Value)
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// yamlProblem turns a YAML syntax error ("yaml: line 3: ...") into a Problem.
func yamlProblem(name string, err error) Problem {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return Problem{File: name, Line: line, Msg: m[2]}
	}
	return Problem{File: name, Line: 1, Msg: strings.TrimPrefix(msg, "yaml: ")}
}
