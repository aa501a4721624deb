package cypher

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"strconv"

	"github.com/orgraph/orgraph/org"
)

// digestVersion names the graph model. It changes whenever what Replace
// writes for the same dataset changes, so that a database written by
// another version is rewritten; and it prefixes every stored digest, so
// that Ready can tell data this version reads from an earlier version's.
const digestVersion = "orgraph-graph-v6"

// digester writes every field that Replace stores into a SHA-256, each
// value length-prefixed so that no two datasets encode alike. It is written
// out by hand because a no-op reload is mostly this: reflection-based
// encoders cost several times more.
type digester struct{ h hash.Hash }

func (d digester) str(s string) {
	var n [binary.MaxVarintLen64]byte
	d.h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
	d.h.Write([]byte(s))
}

func (d digester) strs(ss []string) {
	d.str(strconv.Itoa(len(ss)))
	for _, s := range ss {
		d.str(s)
	}
}

func (d digester) rng(r org.Range) { d.str(r.String()) }

func (d digester) day(n int) { d.str(strconv.Itoa(n)) }

// sources covers what the facts store of their citations: the document ids
// and notes (titles and dates come from the documents, digested with them).
func (d digester) sources(src []org.Source) {
	d.str(strconv.Itoa(len(src)))
	for _, s := range src {
		d.str(s.Document)
		d.str(s.Note)
	}
}

// datasetDigest identifies the graph Replace writes for ds: the same digest,
// the same graph.
func datasetDigest(ds *org.Dataset) string {
	d := digester{sha256.New()}
	d.str(digestVersion)
	d.str(strconv.Itoa(len(ds.Documents)))
	for _, x := range ds.Documents {
		d.str(x.ID)
		d.str(x.Language)
		d.str(x.Outlet)
		d.rng(x.Published)
		d.str(x.Title)
		d.str(x.Note)
	}
	d.str(strconv.Itoa(len(ds.People)))
	for _, x := range ds.People {
		d.str(x.ID)
		d.str(x.Name)
		d.strs(x.Aliases)
		d.sources(x.Sources)
	}
	d.str(strconv.Itoa(len(ds.Units)))
	for _, x := range ds.Units {
		d.str(x.ID)
		d.str(x.Name)
		d.str(x.Kind)
		d.strs(x.Aliases)
		d.sources(x.Sources)
		d.rng(x.Founded)
		d.rng(x.Dissolved)
		d.rng(x.Exists.From)
		d.rng(x.Exists.To)
	}
	d.str(strconv.Itoa(len(ds.Links)))
	for _, x := range ds.Links {
		d.str(string(x.Rel))
		d.str(x.From)
		d.str(x.To)
		d.str(x.Title)
		d.rng(x.Span.From)
		d.rng(x.Span.To)
		// Derived, but stored: a change in how they are derived must reload.
		d.day(x.Bounds.StartMin)
		d.day(x.Bounds.StartMax)
		d.day(x.Bounds.EndMin)
		d.day(x.Bounds.EndMax)
		d.str(strconv.FormatBool(x.Inferred))
		d.sources(x.Sources)
	}
	d.str(strconv.Itoa(len(ds.Events)))
	for _, x := range ds.Events {
		d.str(x.ID)
		d.rng(x.Date)
		d.str(x.Title)
		d.strs(x.UnitIDs)
		d.strs(x.PersonIDs)
		d.sources(x.Sources)
	}
	return digestVersion + ":" + hex.EncodeToString(d.h.Sum(nil))
}
