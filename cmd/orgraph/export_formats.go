package main

import (
	"encoding/csv"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"record", "id", "name", "kind", "aliases", "rel", "from", "to", "title", "valid_from", "valid_to", "holds", "inferred", "sources"}

func writeExportCSV(w io.Writer, s *snapshot) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for _, p := range s.People {
		cw.Write([]string{"person", p.ID, p.Name, "", strings.Join(p.Aliases, "|"), "", "", "", "", "", "", "", "", ""})
	}
	for _, u := range s.Units {
		cw.Write([]string{"unit", u.ID, u.Name, u.Kind, strings.Join(u.Aliases, "|"), "", "", "", "", "", "", "", "", ""})
	}
	for _, l := range s.Links {
		cw.Write([]string{"link", "", "", "", "", l.Rel, l.From, l.To, l.Title, l.ValidFrom, l.ValidTo, l.Holds,
			strconv.FormatBool(l.Inferred), strings.Join(l.documents(), "|")})
	}
	cw.Flush()
	return cw.Error()
}

// GraphML, as http://graphml.graphdrawing.org/ specifies it: keys declare
// the attributes, then nodes and directed edges carry them as data.
type graphML struct {
	XMLName xml.Name     `xml:"graphml"`
	XMLNS   string       `xml:"xmlns,attr"`
	Keys    []graphMLKey `xml:"key"`
	Graph   struct {
		ID          string        `xml:"id,attr"`
		EdgeDefault string        `xml:"edgedefault,attr"`
		Nodes       []graphMLItem `xml:"node"`
		Edges       []graphMLItem `xml:"edge"`
	} `xml:"graph"`
}

type graphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphMLItem struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr,omitempty"`
	Target string        `xml:"target,attr,omitempty"`
	Data   []graphMLData `xml:"data"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func writeGraphML(w io.Writer, s *snapshot) error {
	g := graphML{XMLNS: "http://graphml.graphdrawing.org/xmlns"}
	for _, k := range []struct{ id, for_, typ string }{
		{"type", "node", "string"}, {"name", "node", "string"}, {"kind", "node", "string"}, {"aliases", "node", "string"},
		{"rel", "edge", "string"}, {"title", "edge", "string"}, {"validFrom", "edge", "string"}, {"validTo", "edge", "string"},
		{"holds", "edge", "string"}, {"inferred", "edge", "boolean"}, {"sources", "edge", "string"},
	} {
		g.Keys = append(g.Keys, graphMLKey{ID: k.id, For: k.for_, Name: k.id, Type: k.typ})
	}
	g.Graph.ID = "orgraph"
	if s.At != "" {
		g.Graph.ID = "orgraph-" + s.At
	}
	g.Graph.EdgeDefault = "directed"
	// data only where there is a value: absent means unknown, as in the API.
	data := func(pairs ...string) []graphMLData {
		var d []graphMLData
		for i := 0; i < len(pairs); i += 2 {
			if pairs[i+1] != "" {
				d = append(d, graphMLData{Key: pairs[i], Value: pairs[i+1]})
			}
		}
		return d
	}
	for _, p := range s.People {
		g.Graph.Nodes = append(g.Graph.Nodes, graphMLItem{ID: p.ID, Data: data("type", "person", "name", p.Name, "aliases", strings.Join(p.Aliases, "|"))})
	}
	for _, u := range s.Units {
		g.Graph.Nodes = append(g.Graph.Nodes, graphMLItem{ID: u.ID, Data: data("type", "unit", "name", u.Name, "kind", u.Kind, "aliases", strings.Join(u.Aliases, "|"))})
	}
	for i, l := range s.Links {
		g.Graph.Edges = append(g.Graph.Edges, graphMLItem{ID: "e" + strconv.Itoa(i), Source: l.From, Target: l.To,
			Data: data("rel", l.Rel, "title", l.Title, "validFrom", l.ValidFrom, "validTo", l.ValidTo, "holds", l.Holds,
				"inferred", strconv.FormatBool(l.Inferred), "sources", strings.Join(l.documents(), "|"))})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(g); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
